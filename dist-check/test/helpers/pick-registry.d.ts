import type { AgentEntry } from '../../src/orchestrator/registry/agent-entry.js';
import type { Registry } from '../../src/orchestrator/registry/registry.js';
/**
 * The read side of a registry as `pickInstance` uses it, over fixed entries of capability "tts":
 * candidates are the active ones. For unit tests of picking, where a live Registry's joining and
 * probing would only be in the way.
 */
export declare function pickRegistry(entries: AgentEntry[]): Registry;
