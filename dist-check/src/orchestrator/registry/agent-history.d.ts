import type { LifecycleState } from './agent-entry.js';
/** Why a state changed and who triggered it. */
export interface StateCause {
    /** Human-readable, e.g. `heartbeat timeout: no heartbeat for 3000 ms`. */
    readonly reason: string;
    /** `agent`, `orchestrator`, `operator:<subject>` or `auto-demotion`. */
    readonly actor: string;
}
/** One recorded change; `reason`/`actor` are absent in histories saved before they were kept. */
export interface StateChange {
    readonly state: LifecycleState;
    readonly at: number;
    readonly reason?: string;
    readonly actor?: string;
}
/** An {@link AgentHistory} as persisted (`troupe_agents`); times in ms since the epoch. */
export interface SavedAgentHistory {
    readonly joinedAt: number;
    /** When it first became routable (absent until it did, and in histories saved before this field existed). */
    readonly firstActiveAt?: number;
    /** Time routable up to `savedAt`. */
    readonly activeMs: number;
    readonly savedAt: number;
    readonly changes: readonly StateChange[];
}
/**
 * An instance's lifecycle history: recent state changes with timestamps, and the
 * time it spent routable (active) since it first became routable, for its uptime
 * ratio. Joining (the Describe probe before the first `active`) is not downtime:
 * a healthy agent that just started reads 100%, not 65–95%.
 */
export declare class AgentHistory {
    #private;
    constructor(joinedAt: number);
    get joinedAt(): number;
    /** The history to persist, as of `now`. */
    save(now: number): SavedAgentHistory;
    /**
     * Seeds this history with an earlier life's (an orchestrator restart): the join
     * time goes back to the earlier one, the time routable then is added (up to when it
     * was saved: the time the orchestrator was down counts as not routable), and the
     * earlier changes come first (the newest {@link MAX_CHANGES} kept).
     */
    restore(saved: SavedAgentHistory): void;
    /**
     * Records entering `state` at `at`, with why and who. A change of the breaker alone
     * is recorded as re-entering the current state, with the breaker's reason.
     */
    enter(state: LifecycleState, at: number, cause?: StateCause): void;
    changes(): readonly StateChange[];
    /** Share of the time since it first became active that the instance was active, in [0, 1]; 0 before it ever was. */
    uptimeRatio(now: number): number;
}
