import type { CompiledWorkflow } from '../workflow/definition/index.js';
/** RegisterWorkflow's hook without durable state: a workflow with triggers is refused (they need JetStream and durable idempotency keys). */
export declare function refuseTriggers(workflow: CompiledWorkflow): Promise<void>;
