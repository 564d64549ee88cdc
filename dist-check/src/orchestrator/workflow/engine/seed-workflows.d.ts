import type { Logger } from 'pino';
import type { WorkflowStore } from '../workflow-store.js';
/**
 * Registers the definitions in `texts` whose names the store does not hold yet, so a
 * fresh orchestrator already offers them (`troupe workflows` is not empty on a first
 * start). A name already stored is left as it is: an operator's own version wins, and a
 * restart adds no new version. Capabilities are not checked (agents may not be known
 * yet); each run checks them as usual. Resolves to the names it registered.
 *
 * @example await seedWorkflows(store, [podcastYaml], logger) // ['full-podcast'] on a first start, [] after
 */
export declare function seedWorkflows(store: WorkflowStore, texts: readonly string[], logger: Logger): Promise<string[]>;
