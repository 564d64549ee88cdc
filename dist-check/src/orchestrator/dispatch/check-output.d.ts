/**
 * The orchestrator's side of output contracts: a unary result of a capability whose
 * descriptor declares `output_schema` must match it. A mismatch fails the attempt with
 * INTERNAL (the agent broke its own contract: not the caller's fault, so not
 * INVALID_ARGUMENT, which would be final and count as the instance's success): it is
 * retried per the step's policy and counts against the instance's breaker and success rate.
 */
import { type Context } from '@opentelemetry/api';
import type { AgentEntry } from '../registry/agent-entry.js';
/** The output schema `entry` declares for `capability` (JSON text), or undefined. */
export declare function outputSchemaOf(entry: AgentEntry, capability: string): string | undefined;
/**
 * Throws INTERNAL naming the JSON path when the raw ExecuteResponse's output does not
 * match the capability's declared schema; does nothing when none is declared.
 */
export declare function checkOutput(entry: AgentEntry, capability: string, response: Buffer, traceContext: Context): void;
