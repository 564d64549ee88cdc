/**
 * Automatic demotion: the sliding window of an instance's task outcomes and the
 * verdict on it. The registry acts on the verdict (maintenance, probe, return).
 */
/** The last `size` outcomes (true = succeeded) of one instance. */
export class OutcomeWindow {
    size;
    #outcomes = [];
    constructor(size) {
        this.size = size;
    }
    push(ok) {
        this.#outcomes.push(ok);
        if (this.#outcomes.length > this.size)
            this.#outcomes.shift();
    }
    clear() {
        this.#outcomes.length = 0;
    }
    get samples() {
        return this.#outcomes.length;
    }
    /** Share that succeeded, in [0, 1]; 1 when empty. */
    get rate() {
        if (this.#outcomes.length === 0)
            return 1;
        return this.#outcomes.filter(Boolean).length / this.#outcomes.length;
    }
}
/**
 * The reason to demote, e.g. `demoted: success rate 40% < 80% over the last 10 tasks`,
 * or undefined when the window is too small or the rate is good enough.
 */
export function demotionReason(window, policy) {
    if (policy.belowPercent <= 0 || window.samples < policy.minSamples)
        return undefined;
    const percent = window.rate * 100;
    if (percent >= policy.belowPercent)
        return undefined;
    return `demoted: success rate ${Math.round(percent)}% < ${policy.belowPercent}% over the last ${window.samples} tasks`;
}
//# sourceMappingURL=demotion.js.map