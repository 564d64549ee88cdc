/** A manual clock for the scheduler tests: time moves only on `advance`, timers fire in due order. */
export class FakeClock {
    t = 0;
    nextId = 1;
    timers = new Map();
    now = () => this.t;
    setTimer = (fn, ms) => {
        const id = this.nextId++;
        this.timers.set(id, { due: this.t + Math.max(0, ms), fn });
        return id;
    };
    clearTimer = (handle) => {
        this.timers.delete(handle);
    };
    /** Timers set and not yet fired or cleared. */
    get pendingTimers() {
        return this.timers.size;
    }
    /** Moves time forward by `ms`, firing each due timer at its due time. */
    advance(ms) {
        const end = this.t + ms;
        for (;;) {
            let next;
            for (const entry of this.timers)
                if (entry[1].due <= end && (!next || entry[1].due < next[1].due))
                    next = entry;
            if (!next)
                break;
            this.timers.delete(next[0]);
            this.t = Math.max(this.t, next[1].due);
            next[1].fn();
        }
        this.t = end;
    }
}
/** Lets resolved promises run their callbacks (one macrotask turn; no sleeping). */
export const flush = () => new Promise((resolve) => setImmediate(resolve));
//# sourceMappingURL=scheduler-fake-clock.js.map