import * as grpc from '@grpc/grpc-js';
import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import { type ClientTlsOptions } from '../security/tls.js';
/** Serving status of grpc.health.v1 (enums decoded as strings). */
export type HealthStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';
/** The grpc.health.v1.Health client calls Troupe tools use. */
export interface HealthClient extends grpc.Client {
    Check(request: {
        service: string;
    }, options: grpc.CallOptions, callback: grpc.requestCallback<{
        status: HealthStatus;
    }>): grpc.ClientUnaryCall;
    Watch(request: {
        service: string;
    }, options?: grpc.CallOptions): grpc.ClientReadableStream<{
        status: HealthStatus;
    }>;
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
export declare function connectAgent(address: string, options?: ConnectAgentOptions): AgentClients;
/** A deadline `ms` from now. */
export declare function deadlineIn(ms: number): Date;
