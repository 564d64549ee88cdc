import { context as otelContext, SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { ATTR, getTracer, instruments, SPAN, traceparentOf } from '../../sdk/telemetry/index.js';
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { signatureHeader, SIGNATURE_HEADER } from './signature.js';
import { pause } from '../../sdk/util/cancellation.js';

/** The secret used when a call names none. */
export const DEFAULT_SECRET_ID = 'default';

/** Where a callback stands; shown in the task's (and run's) report. */
export interface DeliveryState {
  /** POSTs made so far. */
  attempts: number;
  /** A 2xx answer arrived. */
  delivered: boolean;
  /** No more attempts will be made (delivered, or attempts exhausted, or a 4xx refusal). */
  done: boolean;
  /** Why the last attempt failed, e.g. `HTTP 503` or `timeout after 10000 ms`. */
  lastError?: string;
}

/** How callbacks are sent. */
export interface WebhookSettings {
  /** HMAC-SHA256 keys by id (from TROUPE_WEBHOOK_SECRET_FILE; a single secret is `default`); never logged. */
  readonly secrets: ReadonlyMap<string, Buffer>;
  /** POSTs per callback, first included. @default 5 */
  readonly maxAttempts?: number;
  /** Backoff before the 2nd attempt; doubles each time, full jitter. @default 500 */
  readonly baseDelayMs?: number;
  /** Longest backoff. @default 30000 */
  readonly maxDelayMs?: number;
  /** Timeout of one POST. @default 10000 */
  readonly timeoutMs?: number;
  readonly logger?: Logger;
  /** Callbacks being delivered at once (retries included); beyond it a new one fails at once. @default 1000 */
  readonly maxPending?: number;
  /** Told after each POST, and when a delivery is given up without one (the delivery log notes when it last moved). */
  readonly onChange?: (state: DeliveryState) => void;
  /** @default Math.random */
  readonly random?: () => number;
}

/** Whether a failed answer is worth another attempt: 408, 425, 429 and 5xx are; other 4xx are the receiver's final word. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * Sends signed JSON callbacks: POST with `Troupe-Signature: t=<unix>,v1=<hex>` (see
 * signature.ts) and `traceparent`, retried on network errors, timeouts, 408/425/429 and
 * 5xx with exponential backoff and full jitter, at most `maxAttempts` POSTs. Counted in
 * `troupe_webhook_deliveries_total{outcome}` (`delivered`, `failed`). `close()` stops
 * pending retries (their state stays `done: false`).
 */
export class WebhookSender {
  private readonly stop = new AbortController();
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private pending = 0;

  constructor(private readonly settings: WebhookSettings) {
    this.maxAttempts = settings.maxAttempts ?? 5;
    this.baseDelayMs = settings.baseDelayMs ?? 500;
    this.maxDelayMs = settings.maxDelayMs ?? 30_000;
    this.timeoutMs = settings.timeoutMs ?? 10_000;
    this.random = settings.random ?? Math.random;
  }

  /**
   * Delivers `payload` to `url`, signed with the secret `secretId` (checked beforehand
   * with {@link secretIdFor}), updating `state` as it goes; resolves when done (never rejects).
   */
  async deliver(url: URL, payload: unknown, state: DeliveryState, parent: Context = otelContext.active(), secretId = DEFAULT_SECRET_ID): Promise<void> {
    const body = JSON.stringify(payload);
    const secret = this.settings.secrets.get(secretId);
    const span = getTracer().startSpan(SPAN.WEBHOOK_DELIVER, { kind: SpanKind.CLIENT, attributes: { 'server.address': url.hostname, 'http.request.method': 'POST' } }, parent);
    const log = this.settings.logger?.child({ webhook_host: url.host, trace_id: span.spanContext().traceId });
    if (!secret) {
      state.done = true;
      state.lastError = `no webhook secret "${secretId}"; not sent`;
    } else if (this.pending >= (this.settings.maxPending ?? 1000)) {
      // Bounded memory and sockets when receivers are slow or down: refuse rather than queue without end.
      state.done = true;
      state.lastError = `over ${this.settings.maxPending ?? 1000} callbacks pending; not sent`;
    }
    this.pending += 1;
    try {
      while (secret && !state.done && !this.stop.signal.aborted) {
        state.attempts += 1;
        span.setAttribute(ATTR.ATTEMPT, state.attempts);
        const failure = await this.post(url, body, secret, trace.setSpan(parent, span));
        if (failure === undefined) {
          state.delivered = true;
          state.done = true;
          delete state.lastError;
          this.settings.onChange?.(state);
          break;
        }
        state.lastError = failure.message;
        this.settings.onChange?.(state);
        if (!failure.retry || state.attempts >= this.maxAttempts) {
          state.done = true;
          break;
        }
        const delay = this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (state.attempts - 1));
        log?.warn({ attempt: state.attempts, error: failure.message, retry_in_ms: Math.round(delay) }, 'webhook attempt failed');
        await pause(delay, this.stop.signal); // its listener goes with it: a sender lives as long as the orchestrator
      }
    } finally {
      if (state.done) {
        if (state.attempts === 0) this.settings.onChange?.(state);
        instruments().webhookDeliveries.add(1, { outcome: state.delivered ? 'delivered' : 'failed' });
        if (state.delivered) log?.info({ attempts: state.attempts }, 'webhook delivered');
        else {
          log?.error({ attempts: state.attempts, error: state.lastError }, 'webhook delivery failed');
          span.setStatus({ code: SpanStatusCode.ERROR, message: state.lastError ?? 'failed' });
        }
      }
      span.end();
      this.pending -= 1;
    }
  }

  /**
   * The secret id a call may use: `requested`, or `default` when it names none.
   * INVALID_ARGUMENT naming the known ids when that secret does not exist.
   */
  secretIdFor(requested: string | undefined): string {
    const id = requested || DEFAULT_SECRET_ID;
    if (this.settings.secrets.has(id)) return id;
    const known = [...this.settings.secrets.keys()].join(', ');
    throw new InvalidArgumentError(
      requested ? `callback_secret_id "${boundText(requested, 80)}" is not in TROUPE_WEBHOOK_SECRET_FILE (ids: ${known})` : `callback_secret_id is required: TROUPE_WEBHOOK_SECRET_FILE has no "default" secret (ids: ${known})`,
    );
  }

  /** Stops pending retries and any POST in flight. */
  close(): void {
    this.stop.abort();
  }

  /** One POST; undefined when it succeeded, else why and whether to try again. */
  private async post(url: URL, body: string, secret: Buffer, ctx: Context): Promise<{ message: string; retry: boolean } | undefined> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'troupe-webhook/1',
      [SIGNATURE_HEADER]: signatureHeader(secret, body),
    };
    const traceparent = traceparentOf(ctx);
    if (traceparent) headers.traceparent = traceparent;
    try {
      const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(this.timeoutMs)]) });
      await res.body?.cancel();
      if (res.status >= 200 && res.status < 300) return undefined;
      return { message: `HTTP ${res.status}`, retry: retryable(res.status) };
    } catch (err) {
      const e = err as Error;
      if (e.name === 'TimeoutError') return { message: `timeout after ${this.timeoutMs} ms`, retry: true };
      const cause = (e.cause as { code?: string } | undefined)?.code;
      return { message: cause ? `${e.message} (${cause})` : e.message, retry: true };
    }
  }
}
