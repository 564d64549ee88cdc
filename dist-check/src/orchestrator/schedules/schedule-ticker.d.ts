import type { Logger } from 'pino';
import type { KvScheduleStore } from '../store/kv-schedule-store.js';
import { type StartScheduledRun } from './fire-tick.js';
/** Options of {@link ScheduleTicker}. */
export interface ScheduleTickerOptions {
    readonly store: KvScheduleStore;
    readonly startRun: StartScheduledRun;
    readonly logger: Logger;
    /** @default Date.now */
    readonly now?: () => number;
    /** How long a claimed tick may stay pending before another orchestrator redoes it. @default DEFAULT_PENDING_GRACE_MS */
    readonly pendingGraceMs?: number;
}
/**
 * Fires schedules on every orchestrator: it follows `troupe_schedules` with a KV
 * watch (every create, pause, claim or delete anywhere arrives here), keeps each
 * schedule's next due time, and arms ONE timer for the earliest. When it fires, every
 * due schedule is claimed by compare-and-set (fire-tick.ts): of all orchestrators
 * woken for a tick, one wins and starts the run.
 *
 * @example
 * const ticker = new ScheduleTicker({ store: stores.schedules, startRun: (r) => engine.startRun(r), logger });
 * await ticker.start();
 */
export declare class ScheduleTicker {
    #private;
    constructor(options: ScheduleTickerOptions);
    /** Starts following the schedules; resolves once the stored ones are known. */
    start(): Promise<void>;
    stop(): void;
    /** Schedules with a due time, for tests and metrics. */
    get tracked(): number;
}
