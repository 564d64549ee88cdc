const EMPTY = Object.freeze({ tasks: 0, errors: 0, processingTimeNs: 0, lastError: undefined, errorsByCode: Object.freeze({}) });
/**
 * Per-capability counts of the tasks an agent instance served over gRPC, which the
 * announcer reports as the NATS micro stats of the capability's endpoint (so
 * `nats micro stats troupe-agent` shows them). Cheap enough to record on every task.
 */
export class TaskStats {
    #byCapability = new Map();
    /** Records one settled task; `failedWith` is its status name when it failed. */
    record(capability, durationMs, failedWith) {
        let s = this.#byCapability.get(capability);
        if (!s)
            this.#byCapability.set(capability, (s = { tasks: 0, errors: 0, processingTimeNs: 0, lastError: undefined, errorsByCode: {} }));
        s.tasks++;
        s.processingTimeNs += Math.max(1, Math.round(durationMs * 1e6));
        if (failedWith !== undefined) {
            s.errors++;
            s.lastError = failedWith;
            s.errorsByCode[failedWith] = (s.errorsByCode[failedWith] ?? 0) + 1;
        }
    }
    /** The counts of one capability (zeros when it served nothing yet). */
    get(capability) {
        const s = this.#byCapability.get(capability);
        return s ? { ...s, errorsByCode: { ...s.errorsByCode } } : EMPTY;
    }
    /** Forgets every count (NATS micro `reset`). */
    reset() {
        this.#byCapability.clear();
    }
}
//# sourceMappingURL=task-stats.js.map