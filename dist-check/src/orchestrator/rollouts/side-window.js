import { OutcomeWindow } from '../registry/demotion.js';
/**
 * The last `size` outcomes of one side of a rollout (the registry's demotion window), plus the
 * latencies of the last `size` successful ones.
 */
export class SideWindow {
    size;
    #outcomes;
    #latencies = [];
    constructor(size) {
        this.size = size;
        this.#outcomes = new OutcomeWindow(size);
    }
    push(ok, latencyMs) {
        this.#outcomes.push(ok);
        if (!ok)
            return;
        this.#latencies.push(latencyMs);
        if (this.#latencies.length > this.size)
            this.#latencies.shift();
    }
    stats() {
        return { samples: this.#outcomes.samples, successRate: this.#outcomes.rate, latencySamples: this.#latencies.length, latencyP50Ms: median(this.#latencies) };
    }
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
//# sourceMappingURL=side-window.js.map