import type { AgentEntry } from '../registry/agent-entry.js';
import type { Registry } from '../registry/registry.js';
import type { Selector } from './select.js';
import { type RateLimits } from '../scheduler/index.js';
import { type VersionFilter } from '../versions/version-filter.js';
/** `context.reason` of the RESOURCE_EXHAUSTED thrown when every instance is at its max concurrency (busy, not gone). */
export declare const BUSY = "max_concurrency";
/** Whether `err` says every instance of the capability is busy: a caller that may wait, waits for capacity. */
export declare function allBusy(err: unknown): boolean;
/** What a pick asks for. */
export interface PickRequest {
    /** The capability name (no range: that is {@link versions}). */
    readonly capability: string;
    /** Instances already tried by this call: never chosen. */
    readonly exclude: ReadonlySet<string>;
    /** Instances that failed this task in an earlier attempt: chosen only when nothing else is left. */
    readonly avoid?: ReadonlySet<string> | undefined;
    /** Per-instance rate limits: instances out of tokens sit this one out. */
    readonly agentRates?: RateLimits | undefined;
    /** Narrows the instances further: one without room counts as busy. */
    readonly hasRoom?: ((entry: AgentEntry) => boolean) | undefined;
    /** Which versions may serve it (a range, or a rollout's sides); undefined: any. */
    readonly versions?: VersionFilter | undefined;
}
/**
 * Chooses an instance for `req.capability`, skipping `exclude` (instances already
 * tried by this call) and, while others exist, `avoid` (instances that failed this
 * task in an earlier attempt), or throws the error a person can act on:
 * NOT_FOUND (no agent ever offered it), RESOURCE_EXHAUSTED (all at capacity),
 * UNAVAILABLE (none active, or none of the versions asked for).
 */
export declare function pickInstance(registry: Registry, select: Selector, req: PickRequest): AgentEntry;
/**
 * {@link pickInstance}, except that "every instance is at its max concurrency" is the value
 * {@link BUSY} rather than an error: a task that waits for capacity asks again and again, and an
 * error (with its stack) per ask cost more than the pick. `hasRoom` narrows the instances further
 * (one without room counts as busy).
 */
export declare function tryPickInstance(registry: Registry, select: Selector, req: PickRequest): AgentEntry | typeof BUSY;
