import { DEFAULT_PENDING_GRACE_MS, fireDue } from './fire-tick.js';
import { nextDue } from './tick-plan.js';
/** Longest single setTimeout (about 24.8 days); a later tick re-arms on wake-up. */
const MAX_TIMER_MS = 2 ** 31 - 1;
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
export class ScheduleTicker {
    #o;
    /** Due time per schedule key (pending claims: when they may be redone). */
    #due = new Map();
    #busy = new Set();
    #timer;
    #armedAt;
    #stopWatch;
    #stopped = false;
    constructor(options) {
        this.#o = { now: Date.now, pendingGraceMs: DEFAULT_PENDING_GRACE_MS, ...options };
    }
    /** Starts following the schedules; resolves once the stored ones are known. */
    async start() {
        let ready;
        const initialized = new Promise((resolve) => (ready = resolve));
        this.#stopWatch = await this.#o.store.watch(({ key, record }) => {
            this.#track(key, record);
            this.#arm();
        }, () => ready(), (err) => this.#rewatch(err));
        await initialized;
        this.#arm();
    }
    /** The watch ended by itself (NATS trouble): start a new one in a second; it replays every schedule. */
    #rewatch(err) {
        if (this.#stopped)
            return;
        this.#o.logger.warn({ err }, 'schedule watch ended; restarting it');
        const timer = setTimeout(() => {
            if (this.#stopped)
                return;
            this.#due.clear();
            void this.start().catch((e) => this.#rewatch(e));
        }, 1000);
        timer.unref();
    }
    stop() {
        this.#stopped = true;
        this.#stopWatch?.();
        clearTimeout(this.#timer);
        this.#timer = undefined;
    }
    /** Schedules with a due time, for tests and metrics. */
    get tracked() {
        return this.#due.size;
    }
    #track(key, record) {
        if (!record) {
            this.#due.delete(key);
            return;
        }
        let at;
        try {
            at = record.pendingTick !== undefined ? (record.pendingSince ?? 0) + this.#o.pendingGraceMs : nextDue(record);
        }
        catch (err) {
            this.#o.logger.warn({ err, schedule: record.name }, 'schedule record unreadable; ignored');
        }
        if (at === undefined)
            this.#due.delete(key);
        else
            this.#due.set(key, { name: record.name, at });
    }
    /** Arms the one timer for the earliest due time (re-arming only when it changed). */
    #arm() {
        if (this.#stopped)
            return;
        let earliest = Infinity;
        for (const [key, { at }] of this.#due)
            if (!this.#busy.has(key))
                earliest = Math.min(earliest, at);
        if (earliest === this.#armedAt && this.#timer)
            return;
        clearTimeout(this.#timer);
        this.#timer = undefined;
        this.#armedAt = undefined;
        if (earliest === Infinity)
            return;
        this.#armedAt = earliest;
        this.#timer = setTimeout(() => this.#wake(), Math.min(MAX_TIMER_MS, Math.max(0, earliest - this.#o.now())));
        this.#timer.unref();
    }
    #wake() {
        this.#timer = undefined;
        this.#armedAt = undefined;
        const now = this.#o.now();
        for (const [key, { name, at }] of this.#due) {
            if (at > now || this.#busy.has(key))
                continue;
            this.#busy.add(key);
            // Until the watch tells us the outcome, do not wake for it again.
            this.#due.delete(key);
            void fireDue(this.#o, name)
                .catch((err) => this.#o.logger.warn({ err, schedule: name }, 'schedule tick failed; will retry'))
                .finally(() => {
                this.#busy.delete(key);
                // Re-read what is there now: the watch may have told us while we were busy.
                void this.#o.store.get(name).then((s) => {
                    this.#track(key, s?.record);
                    this.#arm();
                }, () => {
                    // NATS down: try again in a second.
                    this.#due.set(key, { name, at: this.#o.now() + 1000 });
                    this.#arm();
                });
            });
        }
        this.#arm();
    }
}
//# sourceMappingURL=schedule-ticker.js.map