import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import { createClientTls, type ClientTlsOptions } from '../security/tls.js';
import { loadProtos } from './load-protos.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './payload-limits.js';

/** Serving status of grpc.health.v1 (enums decoded as strings). */
export type HealthStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

/** The grpc.health.v1.Health client calls Troupe tools use. */
export interface HealthClient extends grpc.Client {
  Check(request: { service: string }, options: grpc.CallOptions, callback: grpc.requestCallback<{ status: HealthStatus }>): grpc.ClientUnaryCall;
  Watch(request: { service: string }, options?: grpc.CallOptions): grpc.ClientReadableStream<{ status: HealthStatus }>;
}

/** Clients for one agent address, sharing one HTTP/2 connection. */
export interface AgentClients {
  readonly address: string;
  readonly agent: AgentServiceClient;
  readonly health: HealthClient;
  /** The channel credentials and options both clients use (for more clients on the same connection). */
  readonly credentials: grpc.ChannelCredentials;
  readonly channelOptions: grpc.ChannelOptions;
  close(): void;
}

/** Options of {@link connectAgent}. */
export interface ConnectAgentOptions {
  /** Largest message accepted from the agent. @default 80 MiB (DEFAULT_MAX_MESSAGE_BYTES) */
  maxMessageBytes?: number;
  /** Upper bound of grpc-js reconnect backoff, so a restarted agent is found quickly. @default 1000 */
  maxReconnectBackoffMs?: number;
  /** TLS to the agent (`ca`, and `cert` + `key` when it requires client certificates). @default plaintext */
  tls?: ClientTlsOptions | undefined;
}

/**
 * Creates an `AgentService` and a `grpc.health.v1.Health` client for the agent at
 * `address` (host:port; plaintext unless `tls`). They share one connection; `close()` closes both.
 *
 * @example
 * const clients = connectAgent('127.0.0.1:50051');
 * clients.agent.Describe({}, (err, res) => console.log(res?.agent?.name));
 */
export function connectAgent(address: string, options: ConnectAgentOptions = {}): AgentClients {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const tls = options.tls ? createClientTls(options.tls) : undefined;
  const credentials = tls?.credentials ?? grpc.credentials.createInsecure();
  const channelOptions: grpc.ChannelOptions = {
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
  const health = new Health(address, credentials, channelOptions) as unknown as HealthClient;
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
export function deadlineIn(ms: number): Date {
  return new Date(Date.now() + ms);
}
