import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { NatsConnectSettings } from './security/credentials.js';
import type { PemSource } from './security/pem-source.js';
/** TLS of an agent's gRPC server. */
export interface AgentTlsOptions {
    /** Server certificate (chain), PEM path or content. To be admitted by an orchestrator that checks agents, it names the agent: URI SAN `troupe://agent/<name>` (or DNS SAN `<name>`). */
    cert: PemSource;
    /** Its private key. */
    key: PemSource;
    /**
     * CA that orchestrators' client certificates chain to. Set, the agent requires a client
     * certificate on every connection (mTLS) and obeys only control messages (drain) signed
     * with such a certificate. @default none (any client; unsigned control messages obeyed)
     */
    clientCa?: PemSource | undefined;
}
/** Options of {@link startAgent}. Every field is optional. */
export interface AgentOptions {
    /**
     * NATS server URL (credentials in it are used), compiled settings with credentials and TLS
     * (`compileNatsSettings`), or an open connection; omit to serve gRPC only (no discovery).
     */
    nats?: string | NatsConnectSettings | NatsConnection;
    /** Interface the gRPC server binds. @default '127.0.0.1' */
    host?: string;
    /** Port the gRPC server binds; 0 picks a free one. @default 0 */
    port?: number;
    /** host:port announced to orchestrators. @default `${host}:${boundPort}` (0.0.0.0 becomes 127.0.0.1) */
    advertiseAddress?: string;
    /** Unique id of this instance; letters, digits, '-' and '_'. @default `<name>-<random>` */
    instanceId?: string;
    /** Heartbeat period. @default 1000 */
    heartbeatIntervalMs?: number;
    /** How long a drain waits for in-flight tasks before aborting them. @default 30000 */
    drainTimeoutMs?: number;
    /** Largest gRPC message accepted or sent; matches the orchestrator's default (64 MiB payloads plus headroom). @default 83886080 (80 MiB) */
    maxMessageBytes?: number;
    /** Logger to use. @default a pino logger named after the agent */
    logger?: Logger;
    /** Level of the default logger. @default 'info' */
    logLevel?: string;
    /** Serve TLS (and mTLS with `clientCa`). Files are re-read when they change. @default none (plaintext) */
    tls?: AgentTlsOptions | undefined;
    /** Start even when bound to a non-loopback interface without TLS and client certificates (warns once). @default false */
    insecure?: boolean;
    /**
     * Replicas of the JetStream buckets the agent creates (the `cacheByIdempotencyKey` result
     * cache): 1, 3 or 5, as the orchestrator's `storeReplicas`. On a NATS cluster use 3, so a
     * node's loss does not take the cache (and the tasks that read it) down. @default 1
     */
    storeReplicas?: 1 | 3 | 5;
    /**
     * Serve an operations endpoint on this port (0 picks a free one): `GET /metrics`
     * (Prometheus text), `/healthz` and `/readyz` (503 while draining). Off by default, so
     * agents on one machine never compete for a port. @default undefined (no endpoint)
     */
    metricsPort?: number | undefined;
    /** Interface of the metrics endpoint. @default `host` */
    metricsHost?: string | undefined;
    /**
     * Serve the metrics endpoint over HTTPS with the agent's certificate (`tls.cert`,
     * reloaded with it); clients are not asked for a certificate. Needs `tls`.
     * @default true when `tls` is set, else false
     */
    metricsTls?: boolean | undefined;
    /**
     * What answers `GET /metrics`. `runAgent` passes its telemetry's handler (started with
     * `prometheus: true` when `metricsPort` is set). @default a 404 saying metrics are off
     */
    metricsHandler?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
}
/** The metrics endpoint of an agent, compiled. */
export interface CompiledAgentMetrics {
    port: number;
    host: string;
    tls: boolean;
    handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
}
/** {@link AgentOptions} with defaults applied and values checked. */
export interface CompiledAgentOptions {
    nats: NatsConnectSettings | NatsConnection | undefined;
    host: string;
    port: number;
    advertiseAddress: string | undefined;
    instanceId: string | undefined;
    heartbeatIntervalMs: number;
    drainTimeoutMs: number;
    maxMessageBytes: number;
    logger: Logger | undefined;
    logLevel: string;
    tls: AgentTlsOptions | undefined;
    insecure: boolean;
    storeReplicas: 1 | 3 | 5;
    /** The metrics endpoint; undefined when `metricsPort` is not set. */
    metrics: CompiledAgentMetrics | undefined;
}
/** Thrown when an option is wrong; names the option. */
export declare class OptionsError extends Error {
    readonly option: string;
    readonly name = "OptionsError";
    constructor(option: string, message: string);
}
/** Checks an integer option; throws an {@link OptionsError} naming it. */
export declare function intOption(name: string, value: unknown, min: number, max: number): number;
/** Checks a log level option. */
export declare function levelOption(name: string, value: string): string;
/** Applies defaults and validates, once, at start-up. */
export declare function compileAgentOptions(options?: AgentOptions): CompiledAgentOptions;
/** Checks a replicas option: 1, 3 or 5 (more than 1 needs a NATS cluster of at least that many JetStream servers). */
export declare function replicasOption(name: string, value: unknown): 1 | 3 | 5;
/**
 * Agent options from environment variables — call it from your process entry, never at import time.
 * `NATS_URL`, `TROUPE_AGENT_HOST`, `TROUPE_AGENT_PORT`, `TROUPE_AGENT_ADVERTISE`,
 * `TROUPE_HEARTBEAT_MS`, `TROUPE_DRAIN_TIMEOUT_MS`, `TROUPE_LOG_LEVEL`, `TROUPE_AGENT_TLS_CERT`,
 * `TROUPE_AGENT_TLS_KEY`, `TROUPE_AGENT_TLS_CLIENT_CA`, `TROUPE_INSECURE`, `TROUPE_STORE_REPLICAS`,
 * `TROUPE_AGENT_METRICS_PORT`, `TROUPE_AGENT_METRICS_HOST`, `TROUPE_AGENT_METRICS_TLS`, and the NATS credential
 * and TLS settings (`NATS_CREDS`, `NATS_NKEY_SEED_FILE`, `NATS_USER` + `NATS_PASSWORD_FILE`,
 * `NATS_TOKEN_FILE`, `NATS_TLS_CA`, `NATS_TLS_CERT`, `NATS_TLS_KEY`), whose files are read here.
 */
export declare function agentOptionsFromEnv(env: Record<string, string | undefined>): AgentOptions;
