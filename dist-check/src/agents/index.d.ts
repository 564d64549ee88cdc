import type { AgentDefinition } from '../sdk/index.js';
/** The example agents shipped with Troupe, by name, loaded on demand. */
export declare const builtinAgents: Readonly<Record<string, () => Promise<AgentDefinition>>>;
