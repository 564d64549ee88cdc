import { type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
/** The secret used when a call names none. */
export declare const DEFAULT_SECRET_ID = "default";
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
/**
 * Sends signed JSON callbacks: POST with `Troupe-Signature: t=<unix>,v1=<hex>` (see
 * signature.ts) and `traceparent`, retried on network errors, timeouts, 408/425/429 and
 * 5xx with exponential backoff and full jitter, at most `maxAttempts` POSTs. Counted in
 * `troupe_webhook_deliveries_total{outcome}` (`delivered`, `failed`). `close()` stops
 * pending retries (their state stays `done: false`).
 */
export declare class WebhookSender {
    private readonly settings;
    private readonly stop;
    private readonly maxAttempts;
    private readonly baseDelayMs;
    private readonly maxDelayMs;
    private readonly timeoutMs;
    private readonly random;
    private pending;
    constructor(settings: WebhookSettings);
    /**
     * Delivers `payload` to `url`, signed with the secret `secretId` (checked beforehand
     * with {@link secretIdFor}), updating `state` as it goes; resolves when done (never rejects).
     */
    deliver(url: URL, payload: unknown, state: DeliveryState, parent?: Context, secretId?: string): Promise<void>;
    /**
     * The secret id a call may use: `requested`, or `default` when it names none.
     * INVALID_ARGUMENT naming the known ids when that secret does not exist.
     */
    secretIdFor(requested: string | undefined): string;
    /** Stops pending retries and any POST in flight. */
    close(): void;
    /** One POST; undefined when it succeeded, else why and whether to try again. */
    private post;
    private pause;
}
