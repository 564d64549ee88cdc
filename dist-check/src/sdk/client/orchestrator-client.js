import * as grpc from '@grpc/grpc-js';
import { fromValue } from '../grpc/struct.js';
import { TroupeError, Status } from '../errors.js';
import { createClientTls } from '../security/tls.js';
import { loadProtos } from '../grpc/load-protos.js';
import { bearerTokenInterceptor } from './bearer-token.js';
import { DEFAULT_MAX_MESSAGE_BYTES, STREAM_RECEIVE_WINDOW_BYTES } from '../grpc/payload-limits.js';
import { grpcCallArgs, readServerStream, unaryCall } from './calls.js';
import { runsClient } from './runs-client.js';
import { schedulesClient } from './schedules-client.js';
import { escalationsClient } from './escalations-client.js';
import { triggersClient } from './triggers-client.js';
import { rolloutsClient } from './rollouts-client.js';
import { plaintextHintInterceptor } from './connection-hint.js';
import { agentModeToWire, agentStateName, toAgentInfo } from './map-agent-status.js';
import { toStreamTaskEvent, toSubmitTaskResult, toTaskRequestMessage } from './map-task.js';
import { DEFAULT_SUBMIT_MANY_CONCURRENCY, submitManyOver } from './submit-many.js';
import { openTaskStream } from './task-stream.js';
/**
 * Connects to a Troupe orchestrator. The channel connects lazily on the first call.
 *
 * @example
 * ```ts
 * import { createOrchestratorClient } from 'troupe/sdk';
 *
 * const client = createOrchestratorClient('127.0.0.1:7600', { defaultTimeoutMs: 30_000 });
 * const { output } = await client.submitTask({ capability: 'snippet.write', input: { topic: 'tides' } });
 *
 * for await (const event of client.streamTask({ capability: 'tts.synthesize', input: { text: 'Hello' } })) {
 *   if (event.type === 'chunk') speaker.write(event.data);
 * }
 * client.close();
 * ```
 */
export function createOrchestratorClient(address, options = {}) {
    const Ctor = loadProtos().orchestrator.troupe.v1.OrchestratorService;
    const tls = options.credentials === undefined && options.tls ? createClientTls(options.tls) : undefined;
    let credentials = options.credentials ?? tls?.credentials ?? grpc.credentials.createInsecure();
    if (options.callCredentials) {
        if (!credentials._isSecure())
            throw new TroupeError(Status.INVALID_ARGUMENT, 'callCredentials need TLS: set `tls` (grpc-js never sends call credentials in plaintext)');
        credentials = credentials.compose(options.callCredentials);
    }
    const raw = new Ctor(address, credentials, {
        ...tls?.channelOptions,
        'grpc.max_receive_message_length': DEFAULT_MAX_MESSAGE_BYTES,
        'grpc.max_send_message_length': DEFAULT_MAX_MESSAGE_BYTES,
        'grpc-node.flow_control_window': STREAM_RECEIVE_WINDOW_BYTES,
        ...options.channelOptions,
        interceptors: [...(options.interceptors ?? []), ...(options.token ? [bearerTokenInterceptor(options.token)] : []), ...(credentials._isSecure() ? [] : [plaintextHintInterceptor()])],
    });
    const unaryArgs = (call) => grpcCallArgs(call, options.defaultTimeoutMs);
    const streamArgs = (call) => grpcCallArgs(call);
    return {
        ...runsClient(raw, unaryArgs, streamArgs),
        ...schedulesClient(raw, unaryArgs),
        ...escalationsClient(raw, unaryArgs),
        ...triggersClient(raw, unaryArgs),
        ...rolloutsClient(raw, unaryArgs),
        async submitTask(req, call) {
            const message = { ...toTaskRequestMessage(req), ...(req.callbackUrl ? { callbackUrl: req.callbackUrl } : {}), ...(req.callbackSecretId ? { callbackSecretId: req.callbackSecretId } : {}) };
            const res = await unaryCall((md, opts, cb) => raw.submitTask(message, md, opts, cb), unaryArgs(call), call?.signal);
            return toSubmitTaskResult(res);
        },
        submitTasks(call) {
            return openTaskStream(({ metadata, options: opts }) => raw.submitTasks(metadata, opts), streamArgs(call), call?.signal);
        },
        submitMany(tasks, options) {
            const concurrency = options?.concurrency ?? DEFAULT_SUBMIT_MANY_CONCURRENCY;
            if (!Number.isInteger(concurrency) || concurrency < 1)
                throw new TroupeError(Status.INVALID_ARGUMENT, `concurrency must be a positive integer; got ${concurrency}`);
            const open = () => openTaskStream(({ metadata, options: opts }) => raw.submitTasks(metadata, opts), streamArgs(options), options?.signal);
            return { [Symbol.asyncIterator]: () => submitManyOver(open(), tasks, concurrency) };
        },
        streamTask(req, call) {
            return {
                [Symbol.asyncIterator]() {
                    const message = toTaskRequestMessage(req);
                    const { metadata, options: opts } = streamArgs(call);
                    return readServerStream(() => raw.streamTask(message, metadata, opts), toStreamTaskEvent, call?.signal);
                },
            };
        },
        async planChains(req, call) {
            const request = { fromType: req.from, toType: req.to, maxChains: req.maxChains ?? 0, workflowName: req.workflowName ?? '' };
            const res = await unaryCall((md, opts, cb) => raw.planChains(request, md, opts, cb), unaryArgs(call), call?.signal);
            return res.chains.map((c) => ({
                steps: c.steps.map((s) => ({ ...s })),
                latencyMs: c.latencyMs,
                success: c.success,
                definition: fromValue({ structValue: c.definition, kind: 'structValue' }),
            }));
        },
        async listAgents(filter, call) {
            const request = { capability: filter?.capability ?? '', includeLeft: filter?.includeLeft ?? false, inputType: filter?.inputType ?? '', outputType: filter?.outputType ?? '' };
            const res = await unaryCall((md, opts, cb) => raw.listAgents(request, md, opts, cb), unaryArgs(call), call?.signal);
            return res.agents.map(toAgentInfo);
        },
        async getQueues(capability, call) {
            const res = await unaryCall((md, opts, cb) => raw.getQueues({ capability: capability ?? '' }, md, opts, cb), unaryArgs(call), call?.signal);
            return res.queues.map((q) => ({ capability: q.capability, waiting: q.waiting, oldestWaitMs: Number(q.oldestWaitMs), inFlight: q.inFlight, routableInstances: q.routableInstances }));
        },
        watchAgents(filter, call) {
            return {
                [Symbol.asyncIterator]() {
                    const { metadata, options: opts } = streamArgs(call);
                    return readServerStream(() => raw.watchAgents({ capability: filter?.capability ?? '' }, metadata, opts), (res) => {
                        if (!res.agent)
                            return undefined;
                        const previous = agentStateName(res.previousState);
                        return { agent: toAgentInfo(res.agent), previousState: previous === 'unspecified' ? null : previous };
                    }, call?.signal);
                },
            };
        },
        async setAgentMode(instanceId, mode, call) {
            const request = { instanceId, mode: agentModeToWire(mode) };
            const res = await unaryCall((md, opts, cb) => raw.setAgentMode(request, md, opts, cb), unaryArgs(call), call?.signal);
            if (!res.agent)
                throw new TroupeError(Status.INTERNAL, `SetAgentMode answered without the agent ${instanceId}`);
            return toAgentInfo(res.agent);
        },
        async listAuditEvents(filter, call) {
            const request = { sinceUnixMs: filter?.sinceMs ?? 0, actor: filter?.actor ?? '', action: filter?.action ?? '', limit: filter?.limit ?? 0 };
            const res = await unaryCall((md, opts, cb) => raw.listAuditEvents(request, md, opts, cb), unaryArgs(call), call?.signal);
            return res.events.map((e) => ({
                at: e.at,
                actor: e.actor,
                action: e.action,
                outcome: e.outcome,
                ...(e.target ? { target: e.target } : {}),
                ...(e.reason ? { reason: e.reason } : {}),
                ...(e.traceId ? { traceId: e.traceId } : {}),
            }));
        },
        close() {
            raw.close();
            tls?.close();
        },
    };
}
//# sourceMappingURL=orchestrator-client.js.map