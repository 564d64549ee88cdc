import { AUTH, error, id, json } from './openapi-parts.js';
const SPAN = {
    type: 'object',
    required: ['spanId', 'parentSpanId', 'name', 'service', 'kind', 'startUs', 'durationUs', 'status', 'attributes'],
    properties: {
        spanId: { type: 'string', description: '16 hex digits' },
        parentSpanId: { type: 'string', description: '"" for a root (or a span whose parent is not in the list)' },
        name: { type: 'string' },
        service: { type: 'string', description: '`service.name` of the process that recorded it' },
        kind: { type: 'string', enum: ['internal', 'server', 'client', 'producer', 'consumer'] },
        startUs: { type: 'integer', description: 'Start, microseconds since the Unix epoch' },
        durationUs: { type: 'integer' },
        status: { type: 'string', enum: ['ok', 'error'] },
        attributes: { type: 'object', description: 'Its `troupe.*`, `rpc.*` and `error.*` attributes (strings cut to 200 characters)' },
    },
};
const TRACE = {
    type: 'object',
    required: ['source', 'traceId', 'spans', 'spanCount', 'truncated'],
    properties: {
        source: { type: 'string', enum: ['jaeger'] },
        traceId: { type: 'string' },
        spans: { type: 'array', maxItems: 2000, items: SPAN, description: 'Sorted by start; the first 2000' },
        spanCount: { type: 'integer', description: 'How many spans Jaeger has of the trace' },
        truncated: { type: 'boolean' },
    },
};
/** `GET /api/runs/{id}/trace` (http-trace.ts). */
export function tracePaths() {
    return {
        '/api/runs/{id}/trace': {
            get: {
                summary: 'A run’s trace read from Jaeger server-side (TROUPE_JAEGER_QUERY_URL) as a compact span list (scope runs:read)',
                security: [{ bearer: [] }],
                parameters: [id('Run id')],
                responses: {
                    '200': { description: 'The trace', content: json(TRACE) },
                    ...AUTH,
                    '404': error('No such run, the run was not traced, or Jaeger has no span of its trace (yet: retry)'),
                    '409': error('No Jaeger query URL is set (TROUPE_JAEGER_QUERY_URL): draw the run’s own timings'),
                    '502': error('Jaeger cannot be reached or answered something other than a trace'),
                    '504': error('Jaeger did not answer within TROUPE_JAEGER_QUERY_TIMEOUT_MS'),
                },
            },
        },
    };
}
//# sourceMappingURL=openapi-trace.js.map