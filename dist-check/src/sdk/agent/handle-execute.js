import { UnavailableError } from '../errors.js';
import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { serveUnary } from '../grpc/serve.js';
import { ATTR, instruments } from '../telemetry/index.js';
import { beginTask } from './begin-task.js';
import { toWireResult } from './results.js';
import { settleTask } from './task-metrics.js';
const PATH = `/${AGENT_SERVICE}/Execute`;
/** gRPC handler of AgentService.Execute. @internal */
export function executeHandler(runtime) {
    return serveUnary(PATH, { logger: runtime.logger, attributes: runtime.spanAttributes }, async (call, served) => {
        const task = beginTask(runtime, call, served, false);
        return settleTask(runtime, task, async () => {
            const run = async () => toWireResult(await task.handler(task.input, task.ctx));
            const policy = runtime.definition.caching.get(task.ctx.capability);
            if (policy === undefined) {
                const result = await run();
                if (task.ctx.signal.aborted)
                    throw task.ctx.signal.reason;
                return { result };
            }
            // Effectively-once: a result is stored even when the call was cancelled meanwhile, so that its redo finds it.
            if (!runtime.cache)
                throw new UnavailableError('the result cache is not open yet; retry', { agent: runtime.definition.name });
            const { result, hit } = await runtime.cache.run(task.ctx.capability, task.ctx.idempotencyKey, policy, run);
            task.span.setAttribute(ATTR.CACHE_HIT, hit);
            // Rare (redos after a crash or retry), and what an operator wants to see when it happens.
            if (hit)
                task.ctx.logger.info({ idempotency_key: task.ctx.idempotencyKey }, 'task answered from the result cache');
            instruments().agentCacheLookups.add(1, { [ATTR.AGENT_NAME]: runtime.definition.name, [ATTR.CAPABILITY]: task.ctx.capability, [ATTR.CACHE_HIT]: hit });
            if (task.ctx.signal.aborted)
                throw task.ctx.signal.reason;
            return { result };
        });
    });
}
//# sourceMappingURL=handle-execute.js.map