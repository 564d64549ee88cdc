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
export declare const ACTOR: {
    /** The instance itself: its beats, its goodbye. */
    readonly AGENT: "agent";
    /** The orchestrator's own checks: liveness timers, probes, the breaker, load. */
    readonly ORCHESTRATOR: "orchestrator";
    /** Automatic demotion on a low success rate, and the probe that ends it. */
    readonly AUTO_DEMOTION: "auto-demotion";
};
/** `operator:<subject>`: a SetAgentMode caller (the token subject with auth on, else `anonymous` or `mtls:<cn>`). */
export declare function operatorActor(subject: string): string;
/** The lifecycle change `from → to` caused by `event` (undefined: a timer fired). */
export declare function lifecycleCause(event: AgentLifecycleEvent | undefined, from: LifecycleState | undefined, to: LifecycleState, ctx: AgentLifecycleContext): StateCause;
/** The breaker change `from → to` caused by `event` (undefined: the open timer fired). */
export declare function breakerCause(event: AgentLifecycleEvent | undefined, from: BreakerStateName, to: BreakerStateName, ctx: AgentLifecycleContext): StateCause;
