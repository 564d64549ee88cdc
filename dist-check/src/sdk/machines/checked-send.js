import { METRIC } from '../telemetry/attributes.js';
import { instruments } from '../telemetry/metrics.js';
/** Name of the counter of refused events. */
export const ILLEGAL_TRANSITIONS_METRIC = METRIC.ILLEGAL_TRANSITIONS;
/** Constant log message of a refused event. */
export const ILLEGAL_TRANSITION_MESSAGE = 'illegal transition refused';
/**
 * The one `troupe_machine_illegal_transitions_total` counter, from `instruments()` (created per
 * meter provider on first use, never at import). A second instrument of the same name in another
 * meter would make the exporter print the metric family twice, which Prometheus refuses.
 */
function illegalTransitionCounter() {
    return instruments().illegalTransitions;
}
/**
 * Sends `event` to `actor` if its current state accepts it (`snapshot.can`,
 * guards included; in a parallel machine, any region accepting it is enough).
 * Otherwise does not send, logs `illegal transition refused` at warn with
 * `{ machine, id, state, event }`, increments `troupe_machine_illegal_transitions_total`
 * (`machine`, `event`) and returns false.
 *
 * @returns true when the event was sent.
 * @example
 * ```ts
 * const ok = sendChecked(actor, { type: 'RESUME' }, { machine: 'agent-lifecycle', id: instanceId, logger });
 * if (!ok) throw new FailedPreconditionError('agent is not in maintenance');
 * ```
 */
export function sendChecked(actor, event, context) {
    const snapshot = actor.getSnapshot();
    if (snapshot.can(event)) {
        actor.send(event);
        return true;
    }
    context.logger.warn({ machine: context.machine, id: context.id, state: JSON.stringify(snapshot.value), event: event.type }, ILLEGAL_TRANSITION_MESSAGE);
    illegalTransitionCounter().add(1, { machine: context.machine, event: event.type });
    return false;
}
//# sourceMappingURL=checked-send.js.map