import { SpanKind } from '@opentelemetry/api';
import { headers as natsHeaders } from 'nats';
import { agentSubject } from '../../sdk/discovery/subjects.js';
import { InvalidArgumentError } from '../../sdk/errors.js';
import { serveServerStream, serveUnary, writeWithBackpressure } from '../../sdk/grpc/serve.js';
import { ATTR, injectNatsHeaders, instrument, natsAttributes, SPAN, VALUE } from '../../sdk/telemetry/index.js';
import { offersTypes } from '../registry/plannable.js';
import { parseCapabilityRef } from '../versions/capability-ref.js';
import { satisfies } from '../versions/version-match.js';
import { toAgentState, toAgentStatus } from './agent-status.js';
import { methodPath, serveOptions } from './deps.js';
/** OrchestratorService.ListAgents. */
export function listAgentsHandler(deps) {
    return serveUnary(methodPath('ListAgents'), serveOptions(deps), async (call) => {
        // `tts.synthesize@^2`: the instances whose version of it satisfies the range.
        const { name, range } = parseCapabilityRef(call.request.capability);
        return {
            agents: deps.registry
                .list({ capability: name, includeLeft: call.request.includeLeft })
                .filter((e) => (range === undefined || satisfies(e.versionOf(name), range)) && offersTypes(e, { inputType: call.request.inputType, outputType: call.request.outputType }))
                .map(toAgentStatus),
        };
    });
}
/**
 * OrchestratorService.WatchAgents: the current instances first, then one message
 * per lifecycle or breaker change until the client cancels. Changes that arrive
 * while the client is slow are queued per call (bounded by the number of changes,
 * which is small: state changes, not heartbeats).
 */
export function watchAgentsHandler(deps) {
    return serveServerStream(methodPath('WatchAgents'), serveOptions(deps), async (call) => {
        const capability = call.request.capability;
        const queue = deps.registry.list({ capability }).map((e) => ({ agent: toAgentStatus(e), previousState: 'AGENT_STATE_UNSPECIFIED' }));
        let wake;
        const onChange = ({ entry, previous }) => {
            if (capability && !entry.capabilities.has(capability))
                return;
            queue.push({ agent: toAgentStatus(entry), previousState: toAgentState(previous) });
            wake?.();
        };
        deps.registry.on('change', onChange);
        const gone = new Promise((resolve) => call.once('cancelled', resolve));
        try {
            while (!call.cancelled) {
                const message = queue.shift();
                if (message) {
                    await writeWithBackpressure(call, message);
                    continue;
                }
                await Promise.race([new Promise((resolve) => (wake = resolve)), gone]);
                wake = undefined;
            }
        }
        finally {
            deps.registry.off('change', onChange);
        }
    });
}
const MODES = {
    AGENT_MODE_ACTIVE: 'active',
    AGENT_MODE_MAINTENANCE: 'maintenance',
    AGENT_MODE_DRAIN: 'drain',
};
/**
 * Sets an instance's mode (SetAgentMode and `POST /api/agents/{id}/mode` share it). `drain`
 * also asks the agent itself (over NATS, with trace context in the headers) to finish its
 * in-flight work and leave. NOT_FOUND for an unknown instance (from the registry).
 */
export async function applyAgentMode(deps, instanceId, mode, actor) {
    const entry = deps.registry.setMode(instanceId, mode, actor);
    if (mode === 'drain') {
        const subject = agentSubject('control', instanceId);
        await instrument(SPAN.CONTROL_PUBLISH, { kind: SpanKind.PRODUCER, attributes: natsAttributes(subject, VALUE.MESSAGING_PUBLISH) }, async (_span, ctx) => {
            const h = natsHeaders();
            injectNatsHeaders(ctx, h);
            const body = new TextEncoder().encode(JSON.stringify({ v: 1, action: 'drain', reason: 'drain requested with SetAgentMode' }));
            // Agents that trust only orchestrators' certificates obey signed messages only.
            for (const [name, value] of Object.entries(deps.signControl?.(subject, body) ?? {}))
                h.set(name, value);
            deps.nc.publish(subject, body, { headers: h });
            await deps.nc.flush();
        });
    }
    deps.logger.info({ instance_id: instanceId, mode, actor }, 'agent mode set');
    return entry;
}
/** OrchestratorService.SetAgentMode (see {@link applyAgentMode}). */
export function setAgentModeHandler(deps) {
    return serveUnary(methodPath('SetAgentMode'), serveOptions(deps), async (call, { span, principal }) => {
        const { instanceId } = call.request;
        const mode = MODES[call.request.mode];
        if (!instanceId)
            throw new InvalidArgumentError('instance_id is required; see `troupe agents` for ids');
        if (!mode)
            throw new InvalidArgumentError(`mode must be AGENT_MODE_ACTIVE, AGENT_MODE_MAINTENANCE or AGENT_MODE_DRAIN; got ${call.request.mode}`);
        span.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: instanceId, 'troupe.agent.mode': mode });
        return { agent: toAgentStatus(await applyAgentMode(deps, instanceId, mode, principal.subject)) };
    });
}
//# sourceMappingURL=agents.js.map