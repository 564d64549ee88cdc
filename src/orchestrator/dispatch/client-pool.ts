import * as grpc from '@grpc/grpc-js';
import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { tracingInterceptor } from '../../sdk/telemetry/index.js';
import { AgentChannel } from './agent-channel.js';

/** Receive window for agent connections, in bytes. */
const FLOW_CONTROL_WINDOW = 1024 * 1024;

/**
 * One grpc-js client (one HTTP/2 channel) per agent address, created on first use
 * and reused by every task: grpc-js multiplexes concurrent calls over it.
 */
export class ClientPool {
  readonly #clients = new Map<string, AgentServiceClient>();
  readonly #channels = new Map<string, AgentChannel>();

  constructor(private readonly options: { maxMessageBytes: number }) {}

  /** The client for `address` (host:port). */
  get(address: string): AgentServiceClient {
    let client = this.#clients.get(address);
    if (!client) {
      const Ctor = loadProtos().agent.troupe.v1.AgentService;
      client = new Ctor(address, grpc.credentials.createInsecure(), {
        interceptors: [tracingInterceptor],
        'grpc.max_receive_message_length': this.options.maxMessageBytes,
        'grpc.max_send_message_length': this.options.maxMessageBytes,
        // A larger receive window lets an agent keep streaming while the relay forwards
        // (bounded: at most this many bytes buffered per connection).
        'grpc-node.flow_control_window': FLOW_CONTROL_WINDOW,
        // Fail fast when an agent is gone instead of queueing calls while reconnecting.
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 2000,
      });
      this.#clients.set(address, client);
    }
    return client;
  }

  /** The multiplexing channel to `address` (for agents whose descriptor offers it). */
  channel(address: string): AgentChannel {
    let channel = this.#channels.get(address);
    if (!channel) {
      channel = new AgentChannel(this.get(address));
      this.#channels.set(address, channel);
    }
    return channel;
  }

  /** Closes clients and channels whose address is not in `live`. */
  retain(live: ReadonlySet<string>): void {
    for (const [address, client] of this.#clients) {
      if (!live.has(address)) {
        this.#channels.get(address)?.close();
        this.#channels.delete(address);
        client.close();
        this.#clients.delete(address);
      }
    }
  }

  close(): void {
    for (const channel of this.#channels.values()) channel.close();
    this.#channels.clear();
    for (const client of this.#clients.values()) client.close();
    this.#clients.clear();
  }
}
