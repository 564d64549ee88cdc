/**
 * Sending events to machine actors without silently dropping illegal ones.
 *
 * XState ignores an event that no active state handles. The orchestrator wants
 * to know: an illegal event is a bug or a race (a heartbeat after goodbye), so
 * it is refused, logged at warn and counted in `troupe_machine_illegal_transitions_total`.
 */
import type { Counter } from '@opentelemetry/api';
import type { EventObject } from 'xstate';
import { METRIC } from '../telemetry/attributes.js';
import { instruments } from '../telemetry/metrics.js';

/** The part of an XState actor `sendChecked` needs. */
export interface CheckedActor<TEvent extends EventObject> {
  getSnapshot(): { can(event: TEvent): boolean; readonly value: unknown };
  send(event: TEvent): void;
}

/** The part of a pino logger `sendChecked` needs. */
export interface WarnLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

/** Who the actor is, for the log line and the metric. */
export interface CheckedSendContext {
  /** Machine name, e.g. `agent-lifecycle`; a metric attribute, so keep it low-cardinality. */
  readonly machine: string;
  /** The actor's identity, e.g. the agent instance id or run id; logged, never a metric attribute. */
  readonly id: string;
  readonly logger: WarnLogger;
}

/** Name of the counter of refused events. */
export const ILLEGAL_TRANSITIONS_METRIC = METRIC.ILLEGAL_TRANSITIONS;
/** Constant log message of a refused event. */
export const ILLEGAL_TRANSITION_MESSAGE = 'illegal transition refused';

/**
 * The one `troupe_machine_illegal_transitions_total` counter, from `instruments()` (created per
 * meter provider on first use, never at import). A second instrument of the same name in another
 * meter would make the exporter print the metric family twice, which Prometheus refuses.
 */
function illegalTransitionCounter(): Counter {
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
export function sendChecked<TEvent extends EventObject>(
  actor: CheckedActor<TEvent>,
  event: NoInfer<TEvent>,
  context: CheckedSendContext,
): boolean {
  const snapshot = actor.getSnapshot();
  if (snapshot.can(event)) {
    actor.send(event);
    return true;
  }
  context.logger.warn(
    { machine: context.machine, id: context.id, state: JSON.stringify(snapshot.value), event: event.type },
    ILLEGAL_TRANSITION_MESSAGE,
  );
  illegalTransitionCounter().add(1, { machine: context.machine, event: event.type });
  return false;
}
