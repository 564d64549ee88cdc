import type { ManagedAgent } from './managed-agent.js';
import { type GuardState } from './resource-guard.js';
/** Registers the fleet's observable instruments; returns a function that removes them. */
export declare function observeFleet(agents: () => readonly ManagedAgent[], guard: () => GuardState): () => void;
