import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { createClientTls } from '../security/tls.js';
import { loadProtos } from './load-protos.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './payload-limits.js';
/**
 * Creates an `AgentService` and a `grpc.health.v1.Health` client for the agent at
 * `address` (host:port; plaintext unless `tls`). They share one connection; `close()` closes both.
 *
 * @example
 * const clients = connectAgent('127.0.0.1:50051');
 * clients.agent.Describe({}, (err, res) => console.log(res?.agent?.name));
 */
export function connectAgent(address, options = {}) {
    const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const tls = options.tls ? createClientTls(options.tls) : undefined;
    const credentials = tls?.credentials ?? grpc.credentials.createInsecure();
    const channelOptions = {
        ...tls?.channelOptions,
        'grpc.max_receive_message_length': maxMessageBytes,
        'grpc.max_send_message_length': maxMessageBytes,
        'grpc.initial_reconnect_backoff_ms': 100,
        'grpc.max_reconnect_backoff_ms': options.maxReconnectBackoffMs ?? 1000,
    };
    const Agent = loadProtos().agent.troupe.v1.AgentService;
    const agent = new Agent(address, credentials, channelOptions);
    const Health = grpc.makeGenericClientConstructor(healthService, 'Health');
    // Same options, so grpc-js' subchannel pool gives both clients one connection.
    const health = new Health(address, credentials, channelOptions);
    return {
        address,
        agent,
        health,
        credentials,
        channelOptions,
        close: () => {
            health.close();
            agent.close();
            tls?.close();
        },
    };
}
/** A deadline `ms` from now. */
export function deadlineIn(ms) {
    return new Date(Date.now() + ms);
}
//# sourceMappingURL=agent-clients.js.map