import { type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Json } from '../../sdk/grpc/struct.js';
import type { KvScheduleStore } from '../store/kv-schedule-store.js';
/** Starts a run: the run engine's `startRun`, the same path StartRun takes. */
export type StartScheduledRun = (req: {
    workflow: string;
    input: Json;
    idempotencyKey: string;
    priority: number;
    timeoutMs: number;
    traceContext: Context;
}) => Promise<{
    runId: string;
    existing: boolean;
}>;
/** What firing needs. */
export interface FireDeps {
    readonly store: KvScheduleStore;
    readonly startRun: StartScheduledRun;
    readonly logger: Logger;
    readonly now: () => number;
    /** How long a claimed tick may stay pending before another orchestrator redoes its StartRun. */
    readonly pendingGraceMs: number;
}
/** How long a claimed tick may stay pending before another orchestrator redoes it, by default (TROUPE_SCHEDULE_PENDING_GRACE_MS). */
export declare const DEFAULT_PENDING_GRACE_MS = 10000;
/** The StartRun idempotency key of a tick: the second fence (docs/schedules.md). */
export declare function tickKey(name: string, tick: number): string;
/**
 * Fires what is due of schedule `name` now, if this orchestrator wins the claim.
 *
 * 1. Claim: compare-and-set the record from the revision read to `lastTick` = the
 *    planned tick, `pendingTick` = it (missed ticks counted). A lost CAS means another
 *    orchestrator claimed it (or it was paused or deleted): nothing to do.
 * 2. StartRun with the idempotency key `schedule:<name>:<tick>`, in a
 *    `troupe.schedule.fire` span that is the run's parent.
 * 3. Complete: clear `pendingTick` (CAS, re-read on conflict), count the outcome.
 *
 * A pending tick older than the grace (its claimer died between 1 and 3, or StartRun
 * failed retryably) is taken over by a CAS on `pendingSince` and redone from 2: the
 * idempotency key makes a repeat return the run already started.
 */
export declare function fireDue(deps: FireDeps, name: string): Promise<void>;
