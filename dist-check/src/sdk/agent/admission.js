import { ResourceExhaustedError, UnavailableError } from '../errors.js';
import { ATTR, instruments } from '../telemetry/index.js';
/** Why a task was refused before it ran: the `reason` of `troupe_agent_refused_total`. */
export const REFUSAL_REASONS = ['full', 'draining'];
/**
 * Admits tasks up to a concurrency limit, refuses all while draining, and lets
 * the drainer wait until the last in-flight task leaves. Counts what it does:
 * `troupe_agent_tasks_in_flight` and `troupe_agent_refused_total{reason}`.
 * @internal
 */
export class Admission {
    max;
    who;
    #inFlight = 0;
    #draining = false;
    #idle = [];
    #attributes;
    constructor(max, who) {
        this.max = max;
        this.who = who;
        this.#attributes = { [ATTR.AGENT_NAME]: who.agent };
    }
    get inFlight() {
        return this.#inFlight;
    }
    get draining() {
        return this.#draining;
    }
    /** Takes a slot or throws UNAVAILABLE (draining) / RESOURCE_EXHAUSTED (full). Returns the release function. */
    enter() {
        // Looked up per task, released on the same instruments: a telemetry restart in between cannot unbalance the gauge.
        const m = instruments();
        if (this.#draining) {
            m.agentRefused.add(1, { ...this.#attributes, reason: 'draining' });
            throw new UnavailableError(`agent ${this.who.agent} (instance ${this.who.instanceId}) is draining and takes no new tasks; send the task to another instance`, {
                instanceId: this.who.instanceId,
            });
        }
        if (this.#inFlight >= this.max) {
            m.agentRefused.add(1, { ...this.#attributes, reason: 'full' });
            throw new ResourceExhaustedError(`agent ${this.who.agent} (instance ${this.who.instanceId}) is at its max concurrency of ${this.max}; retry later or start more instances`, { instanceId: this.who.instanceId });
        }
        this.#inFlight++;
        m.agentTasksInFlight.add(1, this.#attributes);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.#inFlight--;
            m.agentTasksInFlight.add(-1, this.#attributes);
            if (this.#inFlight === 0)
                for (const wake of this.#idle.splice(0))
                    wake();
        };
    }
    /** Stops admitting; resolves when nothing is in flight. */
    drain() {
        this.#draining = true;
        if (this.#inFlight === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.#idle.push(resolve));
    }
}
//# sourceMappingURL=admission.js.map