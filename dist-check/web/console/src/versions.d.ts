/**
 * The capability versions the console's "Versions & rollouts" view shows: from the agent
 * instances (`GET /api/agents`), each capability's versions and the instances serving each.
 */
/** What this needs of an instance (ListAgents' AgentStatus). */
export interface VersionedInstance {
    agent: {
        name: string;
        version: string;
        instanceId: string;
        capabilities?: {
            name: string;
            version?: string;
        }[];
    };
    state: string;
}
/** One version of a capability and the instances serving it. */
export interface CapabilityVersion {
    capability: string;
    version: string;
    /** Instance ids, sorted. */
    instances: string[];
    /** Agent names, sorted, distinct. */
    agents: string[];
}
/**
 * Every (capability, version) the instances serve, by capability then version (semver order,
 * numeric parts compared as numbers). A capability without its own version has its agent's
 * (as the registry has it, docs/rollouts.md); instances that left are not counted.
 */
export declare function capabilityVersions(instances: readonly VersionedInstance[]): CapabilityVersion[];
/** Semver-ish order: `1.10.0` after `1.9.0`, a prerelease before its release; anything else by text. */
export declare function compareVersions(a: string, b: string): number;
