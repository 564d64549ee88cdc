import type { Capability as _troupe_v1_Capability, Capability__Output as _troupe_v1_Capability__Output } from '../../troupe/v1/Capability.js';
/**
 * What an agent instance is and what it can do; returned by AgentService.Describe
 * and carried in its NATS announcement.
 */
export interface AgentDescriptor {
    /**
     * Agent name, shared by all instances of the same agent, e.g. "voice-forge".
     */
    'name'?: (string);
    /**
     * Semantic version of the agent implementation.
     */
    'version'?: (string);
    /**
     * Unique id of this running instance (stable for the life of the process).
     */
    'instanceId'?: (string);
    /**
     * The capabilities this instance serves.
     */
    'capabilities'?: (_troupe_v1_Capability)[];
    /**
     * Most tasks the instance runs at once; further calls get RESOURCE_EXHAUSTED. 0 means 1.
     */
    'maxConcurrency'?: (number);
    /**
     * Declared cost of one call in arbitrary units, used by the "cheapest" selection strategy.
     */
    'costPerCall'?: (number | string);
    /**
     * Free-form labels (region, model, voice...) for operators and selection.
     */
    'labels'?: ({
        [key: string]: string;
    });
    /**
     * True when the agent implements the Channel RPC (many unary tasks over one stream); the
     * orchestrator then prefers it over one Execute call per task. Agents built with the TS SDK set it.
     */
    'supportsChannel'?: (boolean);
}
/**
 * What an agent instance is and what it can do; returned by AgentService.Describe
 * and carried in its NATS announcement.
 */
export interface AgentDescriptor__Output {
    /**
     * Agent name, shared by all instances of the same agent, e.g. "voice-forge".
     */
    'name': (string);
    /**
     * Semantic version of the agent implementation.
     */
    'version': (string);
    /**
     * Unique id of this running instance (stable for the life of the process).
     */
    'instanceId': (string);
    /**
     * The capabilities this instance serves.
     */
    'capabilities': (_troupe_v1_Capability__Output)[];
    /**
     * Most tasks the instance runs at once; further calls get RESOURCE_EXHAUSTED. 0 means 1.
     */
    'maxConcurrency': (number);
    /**
     * Declared cost of one call in arbitrary units, used by the "cheapest" selection strategy.
     */
    'costPerCall': (number);
    /**
     * Free-form labels (region, model, voice...) for operators and selection.
     */
    'labels': ({
        [key: string]: string;
    });
    /**
     * True when the agent implements the Channel RPC (many unary tasks over one stream); the
     * orchestrator then prefers it over one Execute call per task. Agents built with the TS SDK set it.
     */
    'supportsChannel': (boolean);
}
