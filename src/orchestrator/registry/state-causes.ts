/**
 * Why an agent instance changed state, and who triggered it, from the event the
 * registry sent (or none: a liveness or breaker timer fired). Explicit causes
 * (an operator's SetAgentMode, automatic demotion, a failed probe's error) are
 * passed by the caller and win over what is derived here.
 */
import type { AgentLifecycleContext, AgentLifecycleEvent } from '../machines/agent-lifecycle.machine.js';
import type { StateCause } from './agent-history.js';
import type { BreakerStateName, LifecycleState } from './agent-entry.js';

/** Who triggered a change. */
export const ACTOR = {
  /** The instance itself: its beats, its goodbye. */
  AGENT: 'agent',
  /** The orchestrator's own checks: liveness timers, probes, the breaker, load. */
  ORCHESTRATOR: 'orchestrator',
  /** Automatic demotion on a low success rate, and the probe that ends it. */
  AUTO_DEMOTION: 'auto-demotion',
} as const;

/** `operator:<subject>`: a SetAgentMode caller (the token subject with auth on, else `anonymous` or `mtls:<cn>`). */
export function operatorActor(subject: string): string {
  return `operator:${subject}`;
}

const orchestrator = (reason: string): StateCause => ({ reason, actor: ACTOR.ORCHESTRATOR });
const agent = (reason: string): StateCause => ({ reason, actor: ACTOR.AGENT });

/** The lifecycle change `from → to` caused by `event` (undefined: a timer fired). */
export function lifecycleCause(event: AgentLifecycleEvent | undefined, from: LifecycleState | undefined, to: LifecycleState, ctx: AgentLifecycleContext): StateCause {
  const interval = ctx.heartbeatIntervalMs;
  if (from === undefined) return agent('announced itself (hello or $SRV.INFO)');
  if (!event) {
    if (to === 'suspect') return orchestrator(`heartbeat missed: none for ${1.5 * interval} ms`);
    if (to === 'unreachable') return orchestrator(`heartbeat timeout: none for ${3 * interval} ms`);
    if (to === 'left' && from === 'unreachable') return orchestrator(`forgotten: unreachable for ${ctx.forgetAfterMs} ms`);
    if (to === 'left') return orchestrator(`silent for ${3 * interval} ms while ${from}`);
    return orchestrator(`timer in ${from}`);
  }
  switch (event.type) {
    case 'READY':
      return orchestrator('probe succeeded (Describe answered)');
    case 'PROBE_FAILED':
      return orchestrator('probe failed');
    case 'REFUSED':
      return orchestrator(`admission refused: ${event.reason}`);
    case 'GOODBYE':
      return agent('said goodbye');
    case 'HEARTBEAT':
      if (to === 'draining') return agent('heartbeat says it is draining');
      if (to === 'saturated') return agent(`heartbeat at capacity: ${event.inFlight}/${event.maxConcurrency} in flight`);
      if (from === 'saturated') return agent(`heartbeat below capacity: ${event.inFlight}/${event.maxConcurrency} in flight`);
      return agent(`heartbeat received while ${from}`);
    case 'LOAD':
      if (event.full) return orchestrator('it refused a task as full (RESOURCE_EXHAUSTED)');
      return orchestrator(to === 'saturated' ? `at capacity: ${event.inFlight}/${ctx.maxConcurrency} in flight` : `below capacity: ${event.inFlight}/${ctx.maxConcurrency} in flight`);
    case 'LINK_DOWN':
      return orchestrator("the orchestrator's own NATS link is down: the missed beats prove nothing");
    case 'ENTER_MAINTENANCE':
    case 'RESUME':
    case 'DRAIN':
      return orchestrator(event.type.toLowerCase().replace('_', ' '));
    default:
      return orchestrator(event.type);
  }
}

/** The breaker change `from → to` caused by `event` (undefined: the open timer fired). */
export function breakerCause(event: AgentLifecycleEvent | undefined, from: BreakerStateName, to: BreakerStateName, ctx: AgentLifecycleContext): StateCause {
  if (to === 'open' && from === 'halfOpen') return orchestrator('breaker open again: the trial call failed');
  if (to === 'open') return orchestrator(`breaker open: ${ctx.consecutiveFailures} consecutive failed calls`);
  if (to === 'halfOpen') return orchestrator(`breaker half-open after ${ctx.breakerOpenMs} ms: one trial call allowed`);
  return orchestrator(event?.type === 'CALL_SUCCEEDED' ? 'breaker closed: the trial call succeeded' : 'breaker closed');
}
