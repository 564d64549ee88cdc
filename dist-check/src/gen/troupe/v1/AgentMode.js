// Original file: /work/main/proto/troupe/v1/orchestrator.proto
/**
 * Operator-chosen mode of an agent instance.
 */
export const AgentMode = {
    /**
     * Not set.
     */
    AGENT_MODE_UNSPECIFIED: 'AGENT_MODE_UNSPECIFIED',
    /**
     * Takes new tasks.
     */
    AGENT_MODE_ACTIVE: 'AGENT_MODE_ACTIVE',
    /**
     * Takes no new tasks; stays registered.
     */
    AGENT_MODE_MAINTENANCE: 'AGENT_MODE_MAINTENANCE',
    /**
     * Takes no new tasks and leaves once in-flight tasks end.
     */
    AGENT_MODE_DRAIN: 'AGENT_MODE_DRAIN',
};
//# sourceMappingURL=AgentMode.js.map