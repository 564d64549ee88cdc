/**
 * How a restarted stream joins what was already relayed.
 */
export declare const StreamRestartMode: {
    /**
     * Not set.
     */
    readonly STREAM_RESTART_MODE_UNSPECIFIED: "STREAM_RESTART_MODE_UNSPECIFIED";
    /**
     * The agent is resumable and was asked to start at resume_from_sequence, or nothing
     * had been relayed yet: the join is exact.
     */
    readonly STREAM_RESTART_MODE_RESUMED: "STREAM_RESTART_MODE_RESUMED";
    /**
     * The agent restarted from 0; its output is deterministic, so the orchestrator dropped
     * the re-sent chunks and the join is exact.
     */
    readonly STREAM_RESTART_MODE_DEDUPLICATED: "STREAM_RESTART_MODE_DEDUPLICATED";
    /**
     * The agent restarted from 0 and its output is not declared deterministic, or a
     * fallback capability took over: re-sent chunks were dropped all the same (no
     * duplicates), but the chunks after the join may not continue the earlier ones
     * seamlessly. Consumers that need exact output should discard the step's earlier
     * chunks and ask for the result again.
     */
    readonly STREAM_RESTART_MODE_SPLICED: "STREAM_RESTART_MODE_SPLICED";
};
/**
 * How a restarted stream joins what was already relayed.
 */
export type StreamRestartMode = 
/**
 * Not set.
 */
'STREAM_RESTART_MODE_UNSPECIFIED' | 0
/**
 * The agent is resumable and was asked to start at resume_from_sequence, or nothing
 * had been relayed yet: the join is exact.
 */
 | 'STREAM_RESTART_MODE_RESUMED' | 1
/**
 * The agent restarted from 0; its output is deterministic, so the orchestrator dropped
 * the re-sent chunks and the join is exact.
 */
 | 'STREAM_RESTART_MODE_DEDUPLICATED' | 2
/**
 * The agent restarted from 0 and its output is not declared deterministic, or a
 * fallback capability took over: re-sent chunks were dropped all the same (no
 * duplicates), but the chunks after the join may not continue the earlier ones
 * seamlessly. Consumers that need exact output should discard the step's earlier
 * chunks and ask for the result again.
 */
 | 'STREAM_RESTART_MODE_SPLICED' | 3;
/**
 * How a restarted stream joins what was already relayed.
 */
export type StreamRestartMode__Output = typeof StreamRestartMode[keyof typeof StreamRestartMode];
