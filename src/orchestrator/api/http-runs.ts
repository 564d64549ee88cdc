import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { parsePcmContentType } from '../../sdk/audio/pcm-format.js';
import { WAV_MAX_DATA_BYTES, wavHeader } from '../../sdk/audio/wav.js';
import { boundText, statusName, toGrpcStatus, TroupeError, Status } from '../../sdk/errors.js';
import type { Json } from '../../sdk/grpc/struct.js';
import { PayloadTooLargeError } from '../../sdk/grpc/payload-limits.js';
import { MAX_JSON_DEPTH, nestingDepth } from '../../sdk/util/nesting-depth.js';
import { noneMatch, parseRange, rangeApplies } from './http-range.js';
import { contextFromTraceparent, getTracer, instruments } from '../../sdk/telemetry/index.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import { ANONYMOUS, requireWorkflow, type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { callbackOf, type ApiDeps } from './deps.js';
import type { RunEvent } from '../workflow/engine/run-event-log.js';
import { signalOverHttp } from './http-signal.js';
import { listRuns } from './list-runs.js';
import { eventTypeFilter, type EventTypeFilter } from '../../sdk/run-event-types.js';

const HTTP_STATUS: Partial<Record<Status, number>> = {
  [Status.INVALID_ARGUMENT]: 400,
  [Status.UNAUTHENTICATED]: 401,
  [Status.PERMISSION_DENIED]: 403,
  [Status.NOT_FOUND]: 404,
  [Status.FAILED_PRECONDITION]: 409,
  [Status.RESOURCE_EXHAUSTED]: 429,
  [Status.UNAVAILABLE]: 503,
};

/** Where the web page lives: `web/` at the package root (src/ and dist/ are two levels below it). */
function webRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

export function sendError(res: ServerResponse, err: unknown): void {
  const { code, details } = toGrpcStatus(err);
  // A body or payload over its limit is 413, other exhaustion (queues, capacity) 429.
  const tooLarge = err instanceof PayloadTooLargeError || (err instanceof Error && err.name === 'PayloadTooLargeError');
  sendJson(res, tooLarge ? 413 : (HTTP_STATUS[code] ?? 500), { error: statusName(code), message: details });
}

/** A `?limit=` query value: a whole number from 1 to `max`, or undefined when absent or empty. */
export function limitQuery(raw: string | null, max: number): number | undefined {
  if (raw === null || raw === '') return undefined;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > max) throw new TroupeError(Status.INVALID_ARGUMENT, `limit must be a whole number from 1 to ${max}; got "${boundText(raw, 20)}"`);
  return limit;
}

export async function readJson(req: IncomingMessage, limit = 1024 * 1024): Promise<Json> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError('the request body', size, limit, 'the HTTP body limit');
    chunks.push(chunk as Buffer);
  }
  let body: Json;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json;
  } catch (err) {
    throw new TroupeError(Status.INVALID_ARGUMENT, `the body is not JSON: ${boundText((err as Error).message, 200)}`);
  }
  // Deeper values would overflow the stack of every recursive step after this one (templates, storage).
  if (nestingDepth(body) > MAX_JSON_DEPTH) throw new TroupeError(Status.INVALID_ARGUMENT, `the body nests deeper than ${MAX_JSON_DEPTH} levels`);
  return body;
}

/**
 * The run-read guard of the run routes: for a caller limited to some workflows, refuses runs of
 * the others (and audits the refusal). Resolves to the run id it was given.
 */
export function runGuard(engine: RunEngine, principal: Principal, audit?: AuditSink): (runId: string, action: string) => Promise<string> {
  return async (runId, action) => {
    if (principal.workflows === undefined) return runId;
    const report = (await engine.getRun(runId)) as { workflow?: unknown } | null;
    try {
      requireWorkflow(principal, typeof report?.workflow === 'string' ? report.workflow : '', action);
    } catch (err) {
      audit?.append({ actor: principal.subject, action, target: runId, outcome: 'denied', reason: (err as Error).message });
      throw err;
    }
    return runId;
  };
}

/**
 * The run routes of the orchestrator's HTTP endpoint, for listeners and the web page:
 * - `GET /` the page; `POST /api/runs` `{ workflow, input }` starts a run;
 * - `POST /api/runs/{id}/signal/{step}` `{ payload?, reject? }` approves or rejects a waiting step (see http-signal.ts);
 * - `GET /api/runs/{id}` its report; `GET /api/runs/{id}/events` its events as Server-Sent Events
 *   (`?types=run.` or `?types=run.completed,run.failed`: only those, as WatchRun's `types`);
 * - `GET /runs/{id}/audio` its streamed audio as one chunked `audio/wav` response that
 *   players (curl, ffplay, VLC, `<audio>`) play while it grows — a late listener gets
 *   the audio from the start. A finished run's audio is a whole file: it honours
 *   `Range: bytes=…` (206, or 416 when unsatisfiable) so players can seek, with an `ETag`
 *   for `If-Range` and `If-None-Match`; a run still streaming answers 200 with the audio
 *   so far and what follows, `Accept-Ranges: none`.
 * Every GET here answers HEAD too (same status and headers, no body).
 * Returns false when the request is not one of these routes. `url` is the parsed request target.
 */
export async function handleRunRoutes(engine: RunEngine, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal = ANONYMOUS, audit?: AuditSink, callbacks?: Pick<ApiDeps, 'webhooks' | 'runCallbacks'>): Promise<boolean> {
  const parts = url.pathname.split('/').filter(Boolean);
  const checked = runGuard(engine, principal, audit);
  const read = req.method === 'GET' || req.method === 'HEAD';
  try {
    if (read && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(webRoot(), 'index.html')));
      return true;
    }
    if (read && url.pathname === '/api/runs') {
      const q = url.searchParams;
      const page = await listRuns(engine, principal, {
        workflow: q.get('workflow') ?? undefined,
        status: q.get('status') ?? undefined,
        limit: q.get('limit') ?? undefined,
        createdAfterMs: q.get('created_after') ?? undefined,
        createdBeforeMs: q.get('created_before') ?? undefined,
        pageToken: q.get('page_token') ?? undefined,
      });
      sendJson(res, 200, { runs: page.runs, next_page_token: page.nextPageToken });
      return true;
    }
    if (req.method === 'POST' && url.pathname === '/api/runs') {
      const body = (await readJson(req)) as { workflow?: unknown; input?: Json; idempotencyKey?: unknown; callback_url?: unknown; callback_secret_id?: unknown } | null;
      if (!body || typeof body.workflow !== 'string') throw new TroupeError(Status.INVALID_ARGUMENT, 'body.workflow (a workflow name) is required');
      if (body.callback_url !== undefined && typeof body.callback_url !== 'string') throw new TroupeError(Status.INVALID_ARGUMENT, 'body.callback_url must be a string URL');
      if (body.callback_secret_id !== undefined && typeof body.callback_secret_id !== 'string') throw new TroupeError(Status.INVALID_ARGUMENT, 'body.callback_secret_id must be a string');
      const callback = callbackOf(callbacks ?? {}, body.callback_url, body.callback_secret_id);
      const traceparent = req.headers.traceparent;
      const parent = typeof traceparent === 'string' ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
      const span = getTracer().startSpan('POST /api/runs', { attributes: { 'http.request.method': 'POST', 'url.path': '/api/runs' } }, parent);
      const traceId = span.spanContext().traceId;
      try {
        requireWorkflow(principal, body.workflow, 'StartRun');
        const started = await engine.startRun({
          workflow: body.workflow,
          input: body.input ?? {},
          idempotencyKey: typeof body.idempotencyKey === 'string' ? body.idempotencyKey : '',
          priority: 3,
          timeoutMs: 0,
          traceContext: trace.setSpan(parent, span),
          callback: callback && { url: callback.url.href, secretId: callback.secretId },
        });
        if (callback && !started.existing) callbacks?.runCallbacks?.track(started.runId, callback.url, trace.setSpan(parent, span), callback.secretId, body.workflow);
        audit?.append({ actor: principal.subject, action: 'StartRun', target: `${body.workflow}/${started.runId}`, outcome: 'ok', traceId });
        sendJson(res, 201, started);
      } catch (err) {
        const denied = toGrpcStatus(err).code === Status.PERMISSION_DENIED;
        audit?.append({ actor: principal.subject, action: 'StartRun', target: body.workflow, outcome: denied ? 'denied' : 'error', reason: toGrpcStatus(err).details, traceId });
        throw err;
      } finally {
        span.end();
      }
      return true;
    }
    if (req.method === 'POST' && parts[0] === 'api' && parts[1] === 'runs' && parts[2] && parts[3] === 'signal' && parts[4] && parts.length === 5) {
      const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
      const signal = { runId: parts[2], stepId: parts[4], body: await readJson(req), principal, audit, traceparent, checked };
      sendJson(res, 200, await signalOverHttp(engine, signal));
      return true;
    }
    if (read && parts[0] === 'api' && parts[1] === 'runs' && parts[2] && parts.length === 3) {
      const id = await checked(parts[2], 'GetRun');
      const report = await engine.getRun(id, { recommend: true });
      const callback = callbacks?.runCallbacks?.state(id);
      sendJson(res, 200, callback && report && typeof report === 'object' && !Array.isArray(report) ? { ...report, callback: { ...callback } } : report);
      return true;
    }
    if (read && parts[0] === 'api' && parts[1] === 'runs' && parts[2] && parts[3] === 'events') {
      const types = url.searchParams.getAll('types').flatMap((t) => t.split(',')).filter(Boolean);
      const wanted = eventTypeFilter(types);
      await streamEvents(engine, await checked(parts[2], 'WatchRun'), req, res, wanted);
      return true;
    }
    if (read && parts[0] === 'runs' && parts[1] && parts[2] === 'audio') {
      await streamAudio(engine, await checked(parts[1], 'WatchRun'), req, res);
      return true;
    }
  } catch (err) {
    if (!res.headersSent) sendError(res, err);
    else res.destroy();
    return true;
  }
  return false;
}

/** Run events as Server-Sent Events (chunk payloads left out: listen on /runs/{id}/audio). */
async function streamEvents(engine: RunEngine, runId: string, req: IncomingMessage, res: ServerResponse, wanted: EventTypeFilter): Promise<void> {
  // An unknown run must get its 404 before the 200 below is sent (it used to be a reset connection).
  await engine.getRun(runId);
  const headers = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' };
  if (req.method === 'HEAD') {
    res.writeHead(200, headers).end();
    return;
  }
  const events = engine.watchRun(runId, abortOn(res));
  res.writeHead(200, headers);
  for await (const e of events) {
    if (wanted && !wanted(e.type)) continue;
    const data = e.chunk ? { ...e, chunk: { sequence: e.chunk.sequence, bytes: e.chunk.data.length, durationMs: e.chunk.durationMs } } : e;
    if (!res.write(`event: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`)) await drained(res);
  }
  res.end();
}

/**
 * The run's audio chunks as one WAV. A run still going gets a growing WAV whose header
 * claims the largest size (players stop at the end of the body); a finished run's WAV
 * states its real RIFF and data sizes (and a content-length), so it is a valid file that
 * players can seek in with Range requests. HEAD of a run still going answers its headers at once.
 */
async function streamAudio(engine: RunEngine, runId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const report = (await engine.getRun(runId)) as { status?: unknown } | null;
  const finished = typeof report?.status === 'string' && FINISHED.has(report.status);
  const growing = { 'content-type': 'audio/wav', 'cache-control': 'no-cache', 'x-troupe-run-id': runId, 'accept-ranges': 'none' };
  if (!finished && req.method === 'HEAD') {
    res.writeHead(200, growing).end();
    return;
  }
  const events = engine.watchRun(runId, abortOn(res));
  if (finished) return sendFinishedAudio(runId, events, req, res);
  let started = false;
  for await (const e of events) {
    if (!e.chunk) continue;
    if (!started) {
      res.writeHead(200, growing);
      res.write(wavHeader(audioFormat(runId, e.chunk.contentType), WAV_MAX_DATA_BYTES));
      started = true;
    }
    instruments().chunksRelayed.add(1, { 'troupe.capability': 'http.audio' });
    if (!res.write(e.chunk.data)) await drained(res);
  }
  if (!started) throw new TroupeError(Status.NOT_FOUND, `run ${runId} produced no audio`);
  res.end();
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

/**
 * A finished run's audio: every chunk is known, so the header states the real sizes and a
 * `Range: bytes=…` request gets 206 with that part (416 when it lies past the end). It has a
 * strong `ETag`: `If-None-Match` answers 304, and `If-Range` with another tag (or a date)
 * gets the whole file.
 */
async function sendFinishedAudio(runId: string, events: AsyncIterable<RunEvent>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  let contentType: string | undefined;
  for await (const e of events) {
    if (!e.chunk) continue;
    contentType ??= e.chunk.contentType;
    chunks.push(e.chunk.data);
  }
  if (contentType === undefined) throw new TroupeError(Status.NOT_FOUND, `run ${runId} produced no audio`);
  const data = Buffer.concat(chunks);
  const header = wavHeader(audioFormat(runId, contentType), Math.min(data.length, WAV_MAX_DATA_BYTES));
  const body = Buffer.concat([header, data]);
  // A finished run's audio never changes (run ids are never reused): its id and size identify it.
  const etag = `"${runId}-${body.length}"`;
  const headers = { 'content-type': 'audio/wav', 'cache-control': 'no-cache', 'x-troupe-run-id': runId, 'accept-ranges': 'bytes', etag };
  if (noneMatch(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const ifRange = req.headers['if-range'];
  const range = rangeApplies(typeof ifRange === 'string' ? ifRange : undefined, etag) ? parseRange(req.headers.range, body.length) : undefined;
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end();
    return;
  }
  instruments().chunksRelayed.add(chunks.length, { 'troupe.capability': 'http.audio' });
  if (range) {
    res.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${body.length}`, 'content-length': String(range.end - range.start + 1) });
    res.end(body.subarray(range.start, range.end + 1));
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
}

function audioFormat(runId: string, contentType: string): NonNullable<ReturnType<typeof parsePcmContentType>> {
  const format = parsePcmContentType(contentType);
  if (!format) throw new TroupeError(Status.FAILED_PRECONDITION, `run ${runId} streams ${contentType}, not audio/L16 PCM`);
  return format;
}

/** Aborted when the client goes away (the response closes before it ended). */
function abortOn(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => controller.abort());
  return controller.signal;
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
