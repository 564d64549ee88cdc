import { type CheckResult, type ConformanceOptions } from './types.js';
/**
 * Checks the agent at `address` (host:port; plaintext gRPC unless `options.tls`) against the Troupe agent
 * contract (`proto/troupe/v1/agent.proto`) and returns one result per check, in order:
 * the descriptor, grpc.health.v1, server reflection, error codes, each capability
 * (unary: OK or INVALID_ARGUMENT; streaming: ordered chunks, one result last; the
 * resume contract where a capability declares `deterministic` or `resumable`),
 * cancellation and deadlines. Never throws for a misbehaving agent: every problem is
 * a failed check with a message saying what to fix.
 *
 * @example
 * ```ts
 * const results = await runConformance('127.0.0.1:50051', { samples: { 'tts.synthesize': { text: 'Hi.' } } });
 * const ok = results.every((r) => r.outcome !== 'fail');
 * ```
 */
export declare function runConformance(address: string, options?: ConformanceOptions): Promise<CheckResult[]>;
/** True when no check failed (skips are fine). */
export declare function conformancePassed(results: readonly CheckResult[]): boolean;
