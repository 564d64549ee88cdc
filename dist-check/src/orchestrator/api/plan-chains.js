import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { toStruct } from '../../sdk/grpc/struct.js';
import { DEFAULT_MAX_CHAINS, definitionOf, planChains } from '../registry/plan.js';
import { plannableCapabilities } from '../registry/plannable.js';
import { NAME_PATTERN } from '../workflow/definition/schema.js';
import { methodPath, serveOptions } from './deps.js';
/** Most chains one PlanChains answers. */
const MAX_CHAINS = 20;
/** Longest type a request may name. */
const MAX_TYPE = 200;
/** OrchestratorService.PlanChains: chains of capabilities from one type to another, from the registry alone. */
export function planChainsHandler(deps) {
    return serveUnary(methodPath('PlanChains'), serveOptions(deps), async (call) => {
        const { fromType, toType, maxChains, workflowName } = call.request;
        for (const [field, value] of [['from_type', fromType], ['to_type', toType]]) {
            if (!value.trim())
                throw new InvalidArgumentError(`${field} is required: a media type (audio/wav) or a schema name (topic) that capabilities declare`);
            if (value.length > MAX_TYPE)
                throw new InvalidArgumentError(`${field} is longer than ${MAX_TYPE} characters`);
        }
        if (maxChains > MAX_CHAINS)
            throw new InvalidArgumentError(`max_chains must be at most ${MAX_CHAINS}, got ${maxChains}`);
        const name = workflowName || `${fromType}-to-${toType}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
        if (!NAME_PATTERN.test(name))
            throw new InvalidArgumentError(`workflow_name "${boundText(name, 80)}" is not a workflow name: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 63`);
        const chains = planChains(plannableCapabilities(deps.registry.list()), fromType, toType, maxChains || DEFAULT_MAX_CHAINS);
        return await Promise.resolve({
            chains: chains.map((chain) => ({
                steps: chain.steps.map((s) => ({
                    capability: s.capability.name,
                    inputType: s.inputType,
                    outputType: s.outputType,
                    instances: s.capability.instances,
                    latencyMs: s.capability.latencyMs,
                    successRate: s.capability.successRate,
                    streaming: s.capability.streaming,
                })),
                latencyMs: chain.latencyMs,
                success: chain.success,
                definition: toStruct(definitionOf(chain, name, fromType, toType)),
            })),
        });
    });
}
//# sourceMappingURL=plan-chains.js.map