import { connectAgent } from '../grpc/agent-clients.js';
import { cancellationCheck, deadlineCheck } from './cancel-checks.js';
import { describeChecks } from './describe-checks.js';
import { errorChecks } from './error-checks.js';
import { healthChecks } from './health-checks.js';
import { reflectionChecks } from './reflection-checks.js';
import { resumeChecks } from './resume-checks.js';
import { streamChecks } from './stream-checks.js';
import { result } from './types.js';
import { unaryChecks } from './unary-checks.js';
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
export async function runConformance(address, options = {}) {
    const clients = connectAgent(address, options.tls ? { tls: options.tls } : {});
    const ctx = {
        clients,
        samples: options.samples ?? {},
        callTimeoutMs: options.callTimeoutMs ?? 5000,
        cancelWithinMs: options.cancelWithinMs ?? 2000,
        descriptor: undefined,
        exercisedStream: undefined,
        exercisedUnary: undefined,
    };
    const results = [];
    try {
        results.push(...(await describeChecks(ctx)));
        const offered = new Set(ctx.descriptor?.capabilities.map((c) => c.name) ?? []);
        for (const capability of Object.keys(ctx.samples)) {
            if (ctx.descriptor && !offered.has(capability)) {
                results.push(result.fail(`sample:${capability}`, `--sample names ${capability}, which the agent does not offer (it offers: ${[...offered].join(', ')})`));
            }
        }
        results.push(...(await healthChecks(ctx)));
        results.push(...(await reflectionChecks(ctx)));
        results.push(...(await errorChecks(ctx)));
        results.push(...(await unaryChecks(ctx)));
        results.push(...(await streamChecks(ctx)));
        results.push(...(await resumeChecks(ctx)));
        results.push(await cancellationCheck(ctx));
        results.push(await deadlineCheck(ctx));
    }
    finally {
        clients.close();
    }
    return results;
}
/** True when no check failed (skips are fine). */
export function conformancePassed(results) {
    return results.every((r) => r.outcome !== 'fail');
}
//# sourceMappingURL=runner.js.map