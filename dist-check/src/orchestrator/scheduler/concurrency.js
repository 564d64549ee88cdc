import { InvalidArgumentError } from '../../sdk/errors.js';
/**
 * Counts tasks in flight, globally and per capability, against limits.
 *
 * @example
 * const limits = new ConcurrencyLimits({ global: 64, perCapability: { 'tts.synthesize': 4 } });
 * const release = limits.tryAcquire('tts.synthesize');
 * if (release) try { await run(); } finally { release(); }
 */
export class ConcurrencyLimits {
    global;
    perCapability;
    defaultPerCapability;
    counts = new Map();
    total = 0;
    constructor(options = {}) {
        this.global = assertLimit(options.global ?? 256, 'global');
        this.defaultPerCapability = assertLimit(options.defaultPerCapability ?? Infinity, 'defaultPerCapability');
        const per = Object.entries(options.perCapability ?? {}).map(([k, v]) => [k, assertLimit(v, `perCapability["${k}"]`)]);
        this.perCapability = new Map(per);
    }
    /** The limit that applies to `capability`. */
    limitFor(capability) {
        return this.perCapability.get(capability) ?? this.defaultPerCapability;
    }
    /** Whether a slot for `capability` is free now (both limits). */
    canAcquire(capability) {
        return !this.globalFull() && this.inFlight(capability) < this.limitFor(capability);
    }
    /** True when the global limit is reached. */
    globalFull() {
        return this.total >= this.global;
    }
    /** Takes a slot for `capability`; returns its idempotent release, or undefined when a limit is reached. */
    tryAcquire(capability) {
        if (!this.canAcquire(capability))
            return undefined;
        this.total++;
        this.counts.set(capability, this.inFlight(capability) + 1);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.total--;
            const n = this.inFlight(capability) - 1;
            if (n > 0)
                this.counts.set(capability, n);
            else
                this.counts.delete(capability); // keep the map bounded by what is in flight
        };
    }
    /** Tasks in flight for `capability`, or in total when omitted. */
    inFlight(capability) {
        return capability === undefined ? this.total : (this.counts.get(capability) ?? 0);
    }
    /** Tasks in flight per capability (only capabilities with some in flight). */
    byCapability() {
        return Object.fromEntries(this.counts);
    }
}
function assertLimit(value, what) {
    if (!(value >= 1) || (Number.isFinite(value) && !Number.isInteger(value))) {
        throw new InvalidArgumentError(`${what} concurrency must be a whole number of at least 1 (or Infinity); got ${value}`);
    }
    return value;
}
//# sourceMappingURL=concurrency.js.map