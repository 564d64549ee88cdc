/**
 * The OpenAPI 3.1 description of the orchestrator's HTTP endpoint, served at
 * `GET /api/openapi.json` (open, like `/health`: it holds no secret). A test replays real
 * requests and checks each answer's status, content type and body against this document
 * (test/integration/openapi.int.test.ts), so it cannot drift silently.
 */

import { AUTH, error, id, json, query, ref, text } from './openapi-parts.js';
import { consolePaths } from './openapi-console.js';
import { tracePaths } from './openapi-trace.js';
import { webhookPaths } from './openapi-webhooks.js';

/** The document; `version` is the package's. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Troupe orchestrator HTTP API',
      version,
      description: 'Health, metrics, runs and tasks over HTTP. The gRPC API (proto/troupe/v1/orchestrator.proto) is the complete one. See docs/http-api.md and docs/security.md (scopes).',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API token (JWT or static) when API auth is on; scopes per route in docs/security.md' } },
      schemas: {
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string', description: 'gRPC status name' }, message: { type: 'string' } } },
        Delivery: {
          type: 'object',
          required: ['url', 'attempts', 'delivered', 'done'],
          properties: { url: { type: 'string' }, attempts: { type: 'integer' }, delivered: { type: 'boolean' }, done: { type: 'boolean' }, lastError: { type: 'string' } },
        },
        Task: {
          type: 'object',
          required: ['id', 'capability', 'status', 'submittedAt', 'traceId'],
          properties: {
            id: { type: 'string' },
            capability: { type: 'string' },
            status: { type: 'string', enum: ['running', 'completed', 'failed'] },
            submittedAt: { type: 'string', format: 'date-time' },
            finishedAt: { type: 'string', format: 'date-time' },
            output: { description: 'The agent’s JSON output (completed)' },
            error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
            agentInstanceId: { type: 'string' },
            traceId: { type: 'string' },
            callback: ref('Delivery'),
          },
        },
        UnknownTask: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string', enum: ['unknown'] } } },
        RunSummary: {
          type: 'object',
          required: ['runId', 'workflow', 'status', 'priority', 'createdAt', 'endedAt', 'error'],
          properties: {
            runId: { type: 'string' },
            workflow: { type: 'string' },
            status: { type: 'string', enum: ['pending', 'running', 'completed', 'failed', 'cancelled'] },
            priority: { type: 'integer', minimum: 1, maximum: 5 },
            createdAt: { type: 'integer', description: 'ms since the epoch' },
            endedAt: { type: ['integer', 'null'], description: 'ms since the epoch; null while running' },
            error: { type: ['string', 'null'], description: 'Why it failed (the first 500 characters; GetRun has all)' },
            waiting: { description: 'The step waiting for a signal, when one is (runs this orchestrator drives)' },
          },
        },
        RunReport: {
          type: 'object',
          required: ['runId', 'workflow', 'status', 'steps', 'traceId'],
          properties: {
            runId: { type: 'string' },
            workflow: { type: 'string' },
            status: { type: 'string', enum: ['pending', 'running', 'completed', 'failed', 'cancelled'] },
            output: {},
            error: { type: 'string' },
            steps: { type: 'array', items: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string' } } } },
            traceId: { type: 'string' },
            callback: ref('Delivery'),
          },
        },
      },
    },
    paths: {
      '/healthz': { get: { summary: 'Process up', responses: { '200': text('ok') } } },
      '/readyz': {
        get: {
          summary: 'NATS connected and start-up discovery done',
          responses: {
            '200': { description: 'Ready', content: json({ type: 'object', required: ['ready', 'agents'], properties: { ready: { type: 'boolean' }, agents: { type: 'integer' } } }) },
            '503': { description: 'Not ready', content: json({ type: 'object', required: ['ready'], properties: { ready: { type: 'boolean' } } }) },
          },
        },
      },
      '/health': {
        get: {
          summary: 'Health for humans and load balancers',
          responses: Object.fromEntries(
            ['200', '503'].map((code) => [
              code,
              {
                description: code === '200' ? 'healthy or degraded' : 'unhealthy',
                content: json({
                  type: 'object',
                  required: ['status', 'ready', 'agents', 'activeTasks', 'activeRuns', 'queue', 'nats', 'store'],
                  properties: { status: { type: 'string', enum: ['healthy', 'degraded', 'unhealthy'] }, ready: { type: 'boolean' }, agents: { type: 'object' }, activeTasks: { type: 'integer' }, activeRuns: { type: 'integer' }, queue: { type: 'object' }, nats: { type: 'object' }, store: { type: 'object' } },
                }),
              },
            ]),
          ),
        },
      },
      '/metrics': { get: { summary: 'Prometheus text exposition (docs/metrics.md)', responses: { '200': text('metrics'), '404': text('metrics are off (the process started no Prometheus exporter)') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object', required: ['openapi', 'paths'] }) } } } },
      '/api/config': {
        get: { summary: 'Settings the web page needs (no secrets)', responses: { '200': { description: 'Config', content: json({ type: 'object', required: ['jaegerUiUrl', 'traceSource'], properties: { jaegerUiUrl: { type: ['string', 'null'] }, traceSource: { type: 'string', enum: ['jaeger', 'run'], description: 'jaeger: GET /api/runs/{id}/trace reads runs’ traces from Jaeger; run: draw the run’s own timings' } } }) } } },
      },
      '/api/runs': {
        get: {
          summary: 'Runs, newest first, a page at a time, as ListRuns has them (scope runs:read; a workflow-limited token sees its workflows’ only)',
          security: [{ bearer: [] }],
          parameters: [
            query('workflow', 'Only runs of this workflow', { type: 'string' }),
            query('status', 'Only runs in this status', { type: 'string', enum: ['pending', 'running', 'completed', 'failed', 'cancelled'] }),
            query('created_after', 'Only runs created at or after this time (ms since the epoch)', { type: 'integer', minimum: 0 }),
            query('created_before', 'Only runs created before this time (ms since the epoch)', { type: 'integer', minimum: 0 }),
            query('limit', 'Runs per page (default 100)', { type: 'integer', minimum: 1, maximum: 1000 }),
            query('page_token', 'next_page_token of the previous page (same filters)', { type: 'string' }),
          ],
          responses: {
            '200': {
              description: 'A page of runs; next_page_token is empty on the last page',
              content: json({ type: 'object', required: ['runs', 'next_page_token'], properties: { runs: { type: 'array', items: ref('RunSummary') }, next_page_token: { type: 'string' } } }),
            },
            '400': error('Bad limit, time or page_token'),
            ...AUTH,
          },
        },
        post: {
          summary: 'Start a run (scope runs:start)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: json({ type: 'object', required: ['workflow'], properties: { workflow: { type: 'string' }, input: {}, idempotencyKey: { type: 'string' }, callback_url: { type: 'string', format: 'uri' }, callback_secret_id: { type: 'string' } } }) },
          responses: {
            '201': { description: 'Started (or the run of the same idempotency key)', content: json({ type: 'object', required: ['runId', 'existing', 'traceId'], properties: { runId: { type: 'string' }, existing: { type: 'boolean' }, traceId: { type: 'string' } } }) },
            '400': error('Bad body or callback_url, or input the workflow needs is missing'),
            '409': error('callback_url without a webhook secret'),
            ...AUTH,
            '404': error('No such workflow'),
            '413': error('Body over its limit'),
            '429': error('Too many active runs'),
          },
        },
      },
      '/api/runs:bulk': {
        post: {
          summary: 'Start many runs in one call, as StartRuns (scope runs:start): one result per run, in order; a refused run does not fail the others',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              required: ['runs'],
              additionalProperties: false,
              properties: {
                runs: {
                  type: 'array',
                  minItems: 1,
                  maxItems: 1000,
                  items: { type: 'object', required: ['workflow'], properties: { workflow: { type: 'string' }, input: {}, idempotencyKey: { type: 'string' }, priority: { type: 'integer', minimum: 0, maximum: 5 }, timeoutMs: { type: 'integer', minimum: 0 }, callback_url: { type: 'string', format: 'uri' }, callback_secret_id: { type: 'string' } } },
                },
              },
            }),
          },
          responses: {
            '200': {
              description: 'One result per run, in order: the run started (or of the same idempotency key), or why it did not start (e.g. RESOURCE_EXHAUSTED at the limit of active runs, NOT_FOUND for an unknown workflow)',
              content: json({
                type: 'object',
                required: ['results'],
                properties: {
                  results: {
                    type: 'array',
                    items: {
                      oneOf: [
                        { type: 'object', required: ['runId', 'existing', 'traceId'], properties: { runId: { type: 'string' }, existing: { type: 'boolean' }, traceId: { type: 'string' } } },
                        { type: 'object', required: ['error', 'code', 'message'], properties: { error: { type: 'string', description: 'gRPC status name' }, code: { type: 'integer', description: 'gRPC status code' }, message: { type: 'string' } } },
                      ],
                    },
                  },
                },
              }),
            },
            '400': error('The body is not {"runs": [...]}, is empty, or has more than 1000 runs'),
            ...AUTH,
            '413': error('Body over 16 MiB'),
          },
        },
      },
      '/api/runs/{id}': {
        get: { summary: 'A run’s report (scope runs:read)', security: [{ bearer: [] }], parameters: [id('Run id')], responses: { '200': { description: 'Report', content: json(ref('RunReport')) }, ...AUTH, '404': error('No such run') } },
      },
      '/api/runs/{id}/events': {
        get: {
          summary: 'A run’s events as Server-Sent Events (scope runs:read; also `?access_token=`)',
          security: [{ bearer: [] }],
          parameters: [
            id('Run id'),
            {
              name: 'types',
              in: 'query',
              required: false,
              description: 'Only these event types, comma-separated (or repeated); an entry ending in a dot is a prefix: `run.` is the run’s start and its end. At most 32',
              schema: { type: 'string' },
              example: 'run.',
            },
          ],
          responses: { '200': { description: 'Event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, '400': error('A `types` entry that is not an event type or a dotted prefix'), ...AUTH, '404': error('No such run') },
        },
      },
      '/api/runs/{id}/signal/{step}': {
        post: {
          summary: 'Approve (or reject) a `wait_for_signal` step; the payload becomes its output (scope runs:signal)',
          security: [{ bearer: [] }],
          parameters: [id('Run id'), { name: 'step', in: 'path', required: true, description: 'Step id', schema: { type: 'string' } }],
          requestBody: { required: true, content: json({ type: 'object', properties: { payload: {}, reject: { type: 'boolean' } }, additionalProperties: false }) },
          responses: {
            '200': { description: 'The step’s and the run’s status after the signal', content: json({ type: 'object', required: ['stepStatus', 'runStatus'], properties: { stepStatus: { type: 'string' }, runStatus: { type: 'string' } } }) },
            '400': error('Bad step id or body'),
            ...AUTH,
            '404': error('No such run or step'),
            '409': error('The step is not waiting for a signal'),
            '413': error('Body too large'),
            '429': error('Payload over the limit'),
          },
        },
      },
      '/api/schedules': {
        get: {
          summary: 'Durable schedules, by name, as ListSchedules has them (scope schedules:read; a workflow-limited token sees its workflows’ only)',
          security: [{ bearer: [] }],
          parameters: [{ name: 'workflow', in: 'query', required: false, description: 'Only schedules of this workflow', schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The schedules (times RFC 3339, empty when none; counts as decimal strings, as in the proto)',
              content: json({
                type: 'object',
                required: ['schedules'],
                properties: {
                  schedules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['name', 'workflow', 'state'],
                      properties: {
                        name: { type: 'string' },
                        workflow: { type: 'string' },
                        cron: { type: 'string' },
                        at: { type: 'string' },
                        timezone: { type: 'string' },
                        input: {},
                        state: { type: 'string', enum: ['active', 'paused', 'done'] },
                        createdAt: { type: 'string' },
                        updatedAt: { type: 'string' },
                        lastTick: { type: 'string' },
                        nextTick: { type: 'string' },
                        lastRunId: { type: 'string' },
                        firedCount: { type: 'string' },
                        missedCount: { type: 'string' },
                        failedCount: { type: 'string' },
                        lastError: { type: 'string' },
                        catchUpWindowMs: { type: 'string' },
                        createdBy: { type: 'string' },
                      },
                    },
                  },
                },
              }),
            },
            ...AUTH,
            '409': error('Schedules need durable state (TROUPE_DURABLE=true)'),
            '503': error('NATS is unreachable'),
          },
        },
      },
      '/api/triggers': {
        get: {
          summary: 'Event triggers of the registered workflows, as ListTriggers has them (scope workflows:read; a workflow-limited token sees its workflows’ only)',
          security: [{ bearer: [] }],
          parameters: [{ name: 'workflow', in: 'query', required: false, description: 'Only triggers of this workflow', schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The triggers, by workflow and name, each with its JetStream consumer’s counts',
              content: json({
                type: 'object',
                required: ['triggers'],
                properties: {
                  triggers: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['workflow', 'version', 'name', 'subject', 'stream', 'consumer', 'state', 'error', 'pending', 'ackPending', 'redelivered'],
                      properties: {
                        workflow: { type: 'string' },
                        version: { type: 'integer', description: 'The workflow version the trigger is defined in' },
                        name: { type: 'string', description: 'Its name, or its subject when it has none' },
                        subject: { type: 'string' },
                        stream: { type: 'string' },
                        consumer: { type: 'string', description: 'The durable JetStream consumer' },
                        state: { type: 'string', enum: ['active', 'binding', 'error'] },
                        error: { type: 'string' },
                        pending: { type: 'integer', description: 'Events not yet delivered' },
                        ackPending: { type: 'integer', description: 'Events delivered, not yet acknowledged' },
                        redelivered: { type: 'integer', description: 'Events delivered more than once' },
                      },
                    },
                  },
                },
              }),
            },
            ...AUTH,
            '409': error('Triggers need durable state (TROUPE_DURABLE=true)'),
            '503': error('NATS is unreachable'),
          },
        },
      },
      '/runs/{id}/audio': {
        get: {
          summary: 'A run’s streamed audio as one growing WAV (scope runs:read; also `?access_token=`; honours Range once finished)',
          security: [{ bearer: [] }],
          parameters: [id('Run id')],
          responses: { '200': { description: 'Audio', content: { 'audio/wav': { schema: { type: 'string', format: 'binary' } } } }, '206': { description: 'A range of a finished run’s audio' }, '304': { description: 'Not modified (If-None-Match matched the finished audio’s ETag)' }, ...AUTH, '404': error('No such run or no audio'), '416': { description: 'Range not satisfiable' } },
        },
      },
      '/api/tasks': {
        post: {
          summary: 'Run one task in the background (scope tasks:submit)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: json({ type: 'object', required: ['capability'], properties: { capability: { type: 'string' }, input: {}, timeout_ms: { type: 'integer', minimum: 0, maximum: 86400000 }, callback_url: { type: 'string', format: 'uri' }, callback_secret_id: { type: 'string' } } }),
          },
          responses: {
            '202': { description: 'Accepted: the task record, status running', content: json(ref('Task')) },
            '400': error('Bad body or callback_url'),
            ...AUTH,
            '404': error('No agent ever offered the capability'),
            '409': error('A streaming capability, or callback_url without a webhook secret'),
            '413': error('Body or input over its limit'),
            '429': error('Every kept task is still running, or the queue is full'),
          },
        },
      },
      '/api/tasks/{id}': {
        get: { summary: 'A task’s status and result (scope tasks:submit; only its submitter)', security: [{ bearer: [] }], parameters: [id('Task id')], responses: { '200': { description: 'The task', content: json(ref('Task')) }, ...AUTH, '404': error('Unknown, expired, or not yours') } },
      },
      '/api/tasks/aggregate': {
        post: {
          summary: 'Several tasks at once (scope tasks:submit)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: json({ type: 'object', required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100 } } }) },
          responses: {
            '200': { description: 'In the order asked', content: json({ type: 'object', required: ['tasks'], properties: { tasks: { type: 'array', items: { oneOf: [ref('Task'), ref('UnknownTask')] } } } }) },
            '400': error('Bad ids'),
            ...AUTH,
          },
        },
      },
      ...consolePaths(),
      ...tracePaths(),
      ...webhookPaths(),
    },
  };
}
