// A tiny in-process troupe.v1.OrchestratorService for client and CLI tests.
import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
/** Content type of the fake's audio chunks. */
export const FAKE_AUDIO_TYPE = 'audio/L16;rate=16000;channels=1';
/** Trace id sent in the fake's `started` events. */
export const FAKE_TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
/** The three chunks `tts.synthesize` streams: 3200 B each, 100 ms at 16 kHz mono. */
export function fakeChunkBytes(sequence) {
    return Buffer.alloc(3200, sequence + 1);
}
function agentStatus(instanceId, name, state, capability, streaming) {
    return {
        agent: {
            name,
            version: '1.2.0',
            instanceId,
            capabilities: [{ name: capability, description: `${name} does ${capability}`, streaming }],
            maxConcurrency: 4,
            labels: { region: 'local' },
        },
        address: `127.0.0.1:${instanceId === 'inst-voice' ? 7701 : 7702}`,
        state,
        inFlight: 1,
        reportedInFlight: 1,
        lastHeartbeatUnixMs: Date.now() - 400,
        joinedUnixMs: Date.now() - 60_000,
        breaker: 'BREAKER_STATE_CLOSED',
        succeeded: 12,
        failed: 1,
    };
}
function notFound(capability) {
    return { code: grpc.status.NOT_FOUND, details: `no agent has ever offered capability "${capability}"` };
}
/** Starts the fake on 127.0.0.1:0. */
export async function startFakeOrchestrator() {
    const events = new EventEmitter();
    const submitted = [];
    const streamed = [];
    const agents = () => [
        agentStatus('inst-snippet', 'snippet-craft', 'AGENT_STATE_SATURATED', 'snippet.write', false),
        agentStatus('inst-voice', 'voice-forge', 'AGENT_STATE_ACTIVE', 'tts.synthesize', true),
        agentStatus('inst-gone', 'web-harvester', 'AGENT_STATE_LEFT', 'web.fetch', false),
    ];
    const onCancel = (call, method) => call.on('cancelled', () => events.emit('cancelled', method));
    const handlers = {
        SubmitTask(call, callback) {
            submitted.push(call.request);
            const { capability, input } = call.request;
            if (capability === 'slow.unary') {
                call.on('cancelled', () => events.emit('cancelled', 'SubmitTask'));
                events.emit('started', capability);
                return; // never answers; the client must cancel or time out
            }
            if (capability !== 'echo') {
                callback(notFound(capability));
                return;
            }
            callback(null, {
                taskId: 'task-1',
                agentInstanceId: 'inst-echo',
                result: { output: input, metrics: { calls: 1 }, warnings: ['echoed unchanged'] },
            });
        },
        StreamTask(call) {
            streamed.push(call.request);
            const { capability } = call.request;
            onCancel(call, 'StreamTask');
            if (capability !== 'tts.synthesize' && capability !== 'slow.stream') {
                call.emit('error', notFound(capability));
                return;
            }
            call.write({ started: { taskId: 'task-s', agentInstanceId: 'inst-voice', traceId: FAKE_TRACE_ID } });
            call.write({ progress: { fraction: 0.5, message: 'synthesising' } });
            const chunks = capability === 'slow.stream' ? 1 : 3;
            for (let sequence = 0; sequence < chunks; sequence++) {
                call.write({
                    chunk: { sequence, contentType: FAKE_AUDIO_TYPE, data: fakeChunkBytes(sequence), durationMs: 100, metadata: toValue({ sentence: sequence }) },
                });
            }
            if (capability === 'slow.stream') {
                events.emit('started', capability);
                return; // never finishes; the client must cancel
            }
            call.write({ result: { output: toValue({ sentences: 3 }), metrics: { audio_ms: 300 } } });
            call.end();
        },
        ListAgents(call, callback) {
            const { capability, includeLeft } = call.request;
            const list = agents().filter((a) => (includeLeft || a.state !== 'AGENT_STATE_LEFT') && (!capability || a.agent?.capabilities?.some((c) => c.name === capability)));
            callback(null, { agents: list });
        },
        WatchAgents(call) {
            onCancel(call, 'WatchAgents');
            for (const agent of agents().filter((a) => a.state !== 'AGENT_STATE_LEFT'))
                call.write({ agent });
            const voice = agentStatus('inst-voice', 'voice-forge', 'AGENT_STATE_MAINTENANCE', 'tts.synthesize', true);
            call.write({ agent: voice, previousState: 'AGENT_STATE_ACTIVE' });
            events.emit('started', 'watch');
        },
        SetAgentMode(call, callback) {
            const agent = agents().find((a) => a.agent?.instanceId === call.request.instanceId);
            if (!agent) {
                callback({ code: grpc.status.NOT_FOUND, details: `no agent instance "${call.request.instanceId}"` });
                return;
            }
            const states = { AGENT_MODE_ACTIVE: 'AGENT_STATE_ACTIVE', AGENT_MODE_MAINTENANCE: 'AGENT_STATE_MAINTENANCE', AGENT_MODE_DRAIN: 'AGENT_STATE_DRAINING' };
            const mode = call.request.mode;
            if (mode === 'AGENT_MODE_UNSPECIFIED') {
                callback({ code: grpc.status.INVALID_ARGUMENT, details: 'mode is required' });
                return;
            }
            callback(null, { agent: { ...agent, state: states[mode] } });
        },
    };
    const server = new grpc.Server();
    server.addService(loadProtos().orchestrator.troupe.v1.OrchestratorService.service, handlers);
    const port = await new Promise((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    return {
        address: `127.0.0.1:${port}`,
        events,
        submitted,
        streamed,
        close: async () => server.forceShutdown(),
    };
}
//# sourceMappingURL=fake-orchestrator.js.map