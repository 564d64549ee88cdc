// Original file: /work/main/proto/troupe/v1/orchestrator.proto
/**
 * Lifecycle state of an agent instance, as modelled by the orchestrator.
 */
export const AgentState = {
    /**
     * Not set.
     */
    AGENT_STATE_UNSPECIFIED: 'AGENT_STATE_UNSPECIFIED',
    /**
     * Announced, not yet confirmed routable.
     */
    AGENT_STATE_JOINING: 'AGENT_STATE_JOINING',
    /**
     * Routable.
     */
    AGENT_STATE_ACTIVE: 'AGENT_STATE_ACTIVE',
    /**
     * At max concurrency; not routable until load drops.
     */
    AGENT_STATE_SATURATED: 'AGENT_STATE_SATURATED',
    /**
     * Put aside by an operator; not routable.
     */
    AGENT_STATE_MAINTENANCE: 'AGENT_STATE_MAINTENANCE',
    /**
     * Finishing in-flight work before leaving; not routable.
     */
    AGENT_STATE_DRAINING: 'AGENT_STATE_DRAINING',
    /**
     * Missed a heartbeat; not routable until it beats again.
     */
    AGENT_STATE_SUSPECT: 'AGENT_STATE_SUSPECT',
    /**
     * Missed several heartbeats; presumed dead.
     */
    AGENT_STATE_UNREACHABLE: 'AGENT_STATE_UNREACHABLE',
    /**
     * Said goodbye or was removed.
     */
    AGENT_STATE_LEFT: 'AGENT_STATE_LEFT',
    /**
     * Failed admission: its certificate did not chain to the agents' CA or did not name
     * the agent it claims to be (see refused_reason); never routable.
     */
    AGENT_STATE_REFUSED: 'AGENT_STATE_REFUSED',
};
//# sourceMappingURL=AgentState.js.map