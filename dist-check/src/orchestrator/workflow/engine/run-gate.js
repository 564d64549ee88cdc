/**
 * Run-level flow control of one orchestrator: `max_concurrent_runs` of a workflow and
 * per-key `concurrency` (at most `limit` runs at once per value of an expression over
 * the run input). Runs over a cap wait in arrival order; they are never failed. Pure
 * bookkeeping, no timers and no I/O: the engine starts what {@link RunGate.enter} and
 * {@link RunGate.leave} say may start.
 *
 * @packageDocumentation
 */
const keyOf = (e) => `${e.workflow}\u0000${e.key ?? ''}`;
/**
 * Counts the runs going per workflow and per key, and queues the others in arrival
 * order. A queued run starts as soon as it fits, before any later run that fits too:
 * runs of one key (or of a workflow with only `max_concurrent_runs`) start in the order
 * they arrived; a run held by its own key does not hold back runs of other keys.
 *
 * @example
 * const gate = new RunGate();
 * if (gate.enter({ id, workflow: 'w', maxRuns: 2 })) run.begin(); else run.wait(gate.waiting(id)!.reason);
 * for (const next of gate.leave(id)) runs.get(next.id)?.begin();
 */
export class RunGate {
    #active = new Map();
    #queue = [];
    #perWorkflow = new Map();
    #perKey = new Map();
    /**
     * A new run: true when it may start now (it is counted as going), false when it
     * waits. `force` counts it as going whatever the caps (a run resumed while running).
     */
    enter(entry, force = false) {
        if (this.#active.has(entry.id) || this.#queue.some((e) => e.id === entry.id))
            return this.#active.has(entry.id);
        // Nothing that fits is ever left waiting (leave() starts it), so a run that fits now jumps no earlier one.
        if (force || this.#blockedBy(entry) === undefined) {
            this.#take(entry);
            return true;
        }
        this.#queue.push(entry);
        return false;
    }
    /**
     * Queues a run without deciding yet (a run that never started, resumed after a
     * restart or adopted: the runs it waited behind may not be back yet), at its place by
     * `arrivedAt`. {@link pump} starts it once the caller has them all.
     */
    hold(entry) {
        if (this.#active.has(entry.id) || this.#queue.some((e) => e.id === entry.id))
            return;
        const at = this.#queue.findIndex((e) => (e.arrivedAt ?? Infinity) > (entry.arrivedAt ?? Infinity));
        if (at < 0)
            this.#queue.push(entry);
        else
            this.#queue.splice(at, 0, entry);
    }
    /** Starts the waiting runs that fit, in order; returns them. */
    pump() {
        const started = [];
        for (let i = 0; i < this.#queue.length;) {
            const entry = this.#queue[i];
            if (this.#blockedBy(entry) === undefined) {
                this.#queue.splice(i, 1);
                this.#take(entry);
                started.push(entry);
            }
            else
                i++;
        }
        return started;
    }
    /** A run ended (or was cancelled while waiting): frees its place; returns the waiting runs that start now, in order. */
    leave(id) {
        const active = this.#active.get(id);
        if (!active) {
            const at = this.#queue.findIndex((e) => e.id === id);
            if (at >= 0)
                this.#queue.splice(at, 1);
            return [];
        }
        this.#active.delete(id);
        this.#count(this.#perWorkflow, active.workflow, -1);
        if (active.key !== undefined)
            this.#count(this.#perKey, keyOf(active), -1);
        return this.pump();
    }
    /** Why a run waits and its place among the waiting runs of its workflow (1-based); undefined when it does not wait. */
    waiting(id) {
        const entry = this.#queue.find((e) => e.id === id);
        if (!entry)
            return undefined;
        const position = this.#queue.filter((e) => e.workflow === entry.workflow).indexOf(entry) + 1;
        return { reason: this.#blockedBy(entry) ?? 'waiting', position };
    }
    /** Runs going and waiting, for tests and metrics. */
    get size() {
        return { active: this.#active.size, waiting: this.#queue.length };
    }
    /** Ids going now. */
    activeIds() {
        return [...this.#active.keys()];
    }
    /** Ids waiting, in order. */
    waitingIds() {
        return this.#queue.map((e) => e.id);
    }
    #keyFree(entry) {
        return entry.key === undefined || entry.keyLimit === undefined || (this.#perKey.get(keyOf(entry)) ?? 0) < entry.keyLimit;
    }
    #blockedBy(entry) {
        const going = this.#perWorkflow.get(entry.workflow) ?? 0;
        if (entry.maxRuns !== undefined && going >= entry.maxRuns)
            return `max_concurrent_runs: ${going} of ${entry.maxRuns} runs of ${entry.workflow} going`;
        if (!this.#keyFree(entry))
            return `concurrency: ${entry.keyLimit} run(s) going for key ${JSON.stringify(entry.key)}`;
        return undefined;
    }
    #take(entry) {
        this.#active.set(entry.id, entry);
        this.#count(this.#perWorkflow, entry.workflow, 1);
        if (entry.key !== undefined)
            this.#count(this.#perKey, keyOf(entry), 1);
    }
    #count(map, key, delta) {
        const n = (map.get(key) ?? 0) + delta;
        if (n > 0)
            map.set(key, n);
        else
            map.delete(key);
    }
}
//# sourceMappingURL=run-gate.js.map