import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { compileNatsSettings, NatsConnectSettings, natsSettingsFromEnv } from './security/credentials.js';
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
import { DEFAULT_MAX_MESSAGE_BYTES } from './grpc/payload-limits.js';

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
export class OptionsError extends Error {
  override readonly name = 'OptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Checks an integer option; throws an {@link OptionsError} naming it. */
export function intOption(name: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new OptionsError(name, `${JSON.stringify(value)} is not an integer from ${min} to ${max}`);
  }
  return n;
}

/** Checks a log level option. */
export function levelOption(name: string, value: string): string {
  if (!LEVELS.includes(value)) throw new OptionsError(name, `"${value}" is not one of ${LEVELS.join(', ')}`);
  return value;
}

/** Applies defaults and validates, once, at start-up. */
export function compileAgentOptions(options: AgentOptions = {}): CompiledAgentOptions {
  if (options.instanceId !== undefined && !/^[A-Za-z0-9_-]{1,128}$/.test(options.instanceId)) {
    throw new OptionsError('instanceId', `"${options.instanceId}" may hold only letters, digits, '-' and '_'`);
  }
  if (options.advertiseAddress !== undefined && !/^[^\s:]+:\d+$/.test(options.advertiseAddress)) {
    throw new OptionsError('advertiseAddress', `"${options.advertiseAddress}" is not host:port`);
  }
  const host = options.host ?? '127.0.0.1';
  const tls = checkTls(options.tls);
  return {
    nats: typeof options.nats === 'string' ? compileNatsSettings({ url: options.nats }) : options.nats,
    host,
    port: intOption('port', options.port ?? 0, 0, 65535),
    advertiseAddress: options.advertiseAddress,
    instanceId: options.instanceId,
    heartbeatIntervalMs: intOption('heartbeatIntervalMs', options.heartbeatIntervalMs ?? 1000, 50, 60_000),
    drainTimeoutMs: intOption('drainTimeoutMs', options.drainTimeoutMs ?? 30_000, 0, 3_600_000),
    maxMessageBytes: intOption('maxMessageBytes', options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, 1024, 256 * 1024 * 1024),
    logger: options.logger,
    logLevel: levelOption('logLevel', options.logLevel ?? 'info'),
    tls,
    insecure: options.insecure ?? false,
    storeReplicas: replicasOption('storeReplicas', options.storeReplicas ?? 1),
    metrics: compileMetrics(options, host, tls !== undefined),
  };
}

function compileMetrics(options: AgentOptions, host: string, hasTls: boolean): CompiledAgentMetrics | undefined {
  if (options.metricsPort === undefined) return undefined;
  if (options.metricsTls === true && !hasTls) throw new OptionsError('metricsTls', 'needs tls (the endpoint serves HTTPS with the agent certificate)');
  if (options.metricsHost?.trim() === '') throw new OptionsError('metricsHost', 'is empty; name an interface such as 127.0.0.1 or 0.0.0.0');
  return {
    port: intOption('metricsPort', options.metricsPort, 0, 65535),
    host: options.metricsHost ?? host,
    tls: options.metricsTls ?? hasTls,
    handler: options.metricsHandler,
  };
}

/** Checks a replicas option: 1, 3 or 5 (more than 1 needs a NATS cluster of at least that many JetStream servers). */
export function replicasOption(name: string, value: unknown): 1 | 3 | 5 {
  const n = intOption(name, value, 1, 5);
  if (n !== 1 && n !== 3 && n !== 5) throw new OptionsError(name, `${n} is not 1, 3 or 5 (3 or 5 need a NATS cluster of at least that many JetStream servers)`);
  return n;
}

function checkTls(tls: AgentTlsOptions | undefined): AgentTlsOptions | undefined {
  if (tls === undefined) return undefined;
  if (!tls.cert || !tls.key) throw new OptionsError('tls', `needs both cert and key: set tls.cert (TROUPE_AGENT_TLS_CERT) and tls.key (TROUPE_AGENT_TLS_KEY), or neither`);
  return tls;
}

/**
 * Agent options from environment variables — call it from your process entry, never at import time.
 * `NATS_URL`, `TROUPE_AGENT_HOST`, `TROUPE_AGENT_PORT`, `TROUPE_AGENT_ADVERTISE`,
 * `TROUPE_HEARTBEAT_MS`, `TROUPE_DRAIN_TIMEOUT_MS`, `TROUPE_LOG_LEVEL`, `TROUPE_AGENT_TLS_CERT`,
 * `TROUPE_AGENT_TLS_KEY`, `TROUPE_AGENT_TLS_CLIENT_CA`, `TROUPE_INSECURE`, `TROUPE_STORE_REPLICAS`,
 * `TROUPE_AGENT_METRICS_PORT`, `TROUPE_AGENT_METRICS_HOST`, `TROUPE_AGENT_METRICS_TLS`, and the NATS credential
 * and TLS settings (`NATS_CREDS`, `NATS_NKEY_SEED_FILE`, `NATS_USER` + `NATS_PASSWORD_FILE`,
 * `NATS_TOKEN_FILE`, `NATS_TLS_CA`, `NATS_TLS_CERT`, `NATS_TLS_KEY`), whose files are read here.
 */
export function agentOptionsFromEnv(env: Record<string, string | undefined>): AgentOptions {
  const num = (name: string): number | undefined => (env[name] === undefined || env[name] === '' ? undefined : intOption(name, env[name], 0, 3_600_000));
  const options: AgentOptions = {};
  const nats = natsSettingsFromEnv(env);
  if (nats) options.nats = compileNatsSettings(nats);
  if (env.TROUPE_AGENT_HOST) options.host = env.TROUPE_AGENT_HOST;
  const port = num('TROUPE_AGENT_PORT');
  if (port !== undefined) options.port = port;
  if (env.TROUPE_AGENT_ADVERTISE) options.advertiseAddress = env.TROUPE_AGENT_ADVERTISE;
  const beat = num('TROUPE_HEARTBEAT_MS');
  if (beat !== undefined) options.heartbeatIntervalMs = beat;
  const drain = num('TROUPE_DRAIN_TIMEOUT_MS');
  if (drain !== undefined) options.drainTimeoutMs = drain;
  if (env.TROUPE_LOG_LEVEL) options.logLevel = env.TROUPE_LOG_LEVEL;
  const cert = env.TROUPE_AGENT_TLS_CERT;
  const key = env.TROUPE_AGENT_TLS_KEY;
  const clientCa = env.TROUPE_AGENT_TLS_CLIENT_CA;
  if (cert || key) {
    if (!cert || !key) throw new OptionsError(cert ? 'TROUPE_AGENT_TLS_KEY' : 'TROUPE_AGENT_TLS_CERT', 'TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY go together');
    options.tls = { cert, key, ...(clientCa ? { clientCa } : {}) };
  } else if (clientCa) {
    throw new OptionsError('TROUPE_AGENT_TLS_CLIENT_CA', 'needs TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY (mTLS is TLS first)');
  }
  if (env.TROUPE_STORE_REPLICAS) options.storeReplicas = replicasOption('TROUPE_STORE_REPLICAS', env.TROUPE_STORE_REPLICAS);
  const insecure = boolEnv(env, 'TROUPE_INSECURE');
  if (insecure !== undefined) options.insecure = insecure;
  Object.assign(options, metricsFromEnv(env, options.tls !== undefined));
  return options;
}

/** `TROUPE_AGENT_METRICS_PORT` (unset or empty: no endpoint), `_HOST` and `_TLS`, checked with the variables' names. */
function metricsFromEnv(env: Record<string, string | undefined>, hasTls: boolean): Pick<AgentOptions, 'metricsPort' | 'metricsHost' | 'metricsTls'> {
  const options: Pick<AgentOptions, 'metricsPort' | 'metricsHost' | 'metricsTls'> = {};
  const port = env.TROUPE_AGENT_METRICS_PORT;
  if (port !== undefined && port !== '') options.metricsPort = intOption('TROUPE_AGENT_METRICS_PORT', port, 0, 65535);
  if (env.TROUPE_AGENT_METRICS_HOST) options.metricsHost = env.TROUPE_AGENT_METRICS_HOST;
  const tls = boolEnv(env, 'TROUPE_AGENT_METRICS_TLS');
  if (tls === true && !hasTls) throw new OptionsError('TROUPE_AGENT_METRICS_TLS', 'needs TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY (the endpoint serves HTTPS with the agent certificate)');
  if (tls !== undefined) options.metricsTls = tls;
  return options;
}

/** A true/false variable (`true`, `false`, `1`, `0`); undefined when unset or empty. */
function boolEnv(env: Record<string, string | undefined>, name: string): boolean | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!['true', 'false', '1', '0'].includes(value)) throw new OptionsError(name, `"${value}" is not true or false`);
  return value === 'true' || value === '1';
}
