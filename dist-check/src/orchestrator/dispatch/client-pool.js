import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { STREAM_RECEIVE_WINDOW_BYTES } from '../../sdk/grpc/payload-limits.js';
import { chunkOfMessage, createTracingInterceptor } from '../../sdk/telemetry/index.js';
import { AgentChannel } from './agent-channel.js';
import { CHUNK_TAG, rawChunkFacts } from './wire.js';
/** Agent calls relay bytes: their chunks are read from the wire for the span's message events. */
const agentTracing = createTracingInterceptor({
    chunkOf: (message) => (Buffer.isBuffer(message) ? rawChunkFacts(message, CHUNK_TAG.executeStream) : chunkOfMessage(message)),
});
/**
 * One grpc-js client (one HTTP/2 channel) per agent address, created on first use
 * and reused by every task: grpc-js multiplexes concurrent calls over it. With `tls`,
 * one per (agent name, address): each connection checks that the certificate names
 * the agent the instance claimed to be.
 */
export class ClientPool {
    options;
    #clients = new Map();
    #channels = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The pool key of an instance. */
    key(address, agentName) {
        return this.options.tls ? `${agentName}@${address}` : address;
    }
    /** The client for `address` (host:port) of an instance of `agentName`. */
    get(address, agentName) {
        const key = this.key(address, agentName);
        let client = this.#clients.get(key);
        if (!client) {
            const Ctor = loadProtos().agent.troupe.v1.AgentService;
            const tls = this.options.tls?.credentialsFor(agentName);
            client = new Ctor(address, tls?.credentials ?? grpc.credentials.createInsecure(), {
                ...tls?.channelOptions,
                interceptors: [agentTracing],
                'grpc.max_receive_message_length': this.options.maxMessageBytes,
                'grpc.max_send_message_length': this.options.maxMessageBytes,
                // A larger receive window lets an agent keep streaming while the relay forwards
                // (bounded: at most this many bytes buffered per connection).
                'grpc-node.flow_control_window': STREAM_RECEIVE_WINDOW_BYTES,
                // Fail fast when an agent is gone instead of queueing calls while reconnecting.
                'grpc.initial_reconnect_backoff_ms': 200,
                'grpc.max_reconnect_backoff_ms': 2000,
            });
            this.#clients.set(key, client);
        }
        return client;
    }
    /** The multiplexing channel to `address` (for agents whose descriptor offers it). */
    channel(address, agentName) {
        const key = this.key(address, agentName);
        let channel = this.#channels.get(key);
        if (!channel) {
            channel = new AgentChannel(this.get(address, agentName));
            this.#channels.set(key, channel);
        }
        return channel;
    }
    /** Closes clients and channels whose key ({@link ClientPool.key}) is not in `live`. */
    retain(live) {
        for (const [address, client] of this.#clients) {
            if (!live.has(address)) {
                this.#channels.get(address)?.close();
                this.#channels.delete(address);
                client.close();
                this.#clients.delete(address);
            }
        }
    }
    close() {
        for (const channel of this.#channels.values())
            channel.close();
        this.#channels.clear();
        for (const client of this.#clients.values())
            client.close();
        this.#clients.clear();
    }
}
//# sourceMappingURL=client-pool.js.map