/**
 * Operator-chosen mode of an agent instance.
 */
export declare const AgentMode: {
    /**
     * Not set.
     */
    readonly AGENT_MODE_UNSPECIFIED: "AGENT_MODE_UNSPECIFIED";
    /**
     * Takes new tasks.
     */
    readonly AGENT_MODE_ACTIVE: "AGENT_MODE_ACTIVE";
    /**
     * Takes no new tasks; stays registered.
     */
    readonly AGENT_MODE_MAINTENANCE: "AGENT_MODE_MAINTENANCE";
    /**
     * Takes no new tasks and leaves once in-flight tasks end.
     */
    readonly AGENT_MODE_DRAIN: "AGENT_MODE_DRAIN";
};
/**
 * Operator-chosen mode of an agent instance.
 */
export type AgentMode = 
/**
 * Not set.
 */
'AGENT_MODE_UNSPECIFIED' | 0
/**
 * Takes new tasks.
 */
 | 'AGENT_MODE_ACTIVE' | 1
/**
 * Takes no new tasks; stays registered.
 */
 | 'AGENT_MODE_MAINTENANCE' | 2
/**
 * Takes no new tasks and leaves once in-flight tasks end.
 */
 | 'AGENT_MODE_DRAIN' | 3;
/**
 * Operator-chosen mode of an agent instance.
 */
export type AgentMode__Output = typeof AgentMode[keyof typeof AgentMode];
