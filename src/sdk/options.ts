import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { DEFAULT_MAX_MESSAGE_BYTES } from './grpc/payload-limits.js';

/** Options of {@link startAgent}. Every field is optional. */
export interface AgentOptions {
  /** NATS server URL or an open connection; omit to serve gRPC only (no discovery). */
  nats?: string | NatsConnection;
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
}

/** {@link AgentOptions} with defaults applied and values checked. */
export interface CompiledAgentOptions {
  nats: string | NatsConnection | undefined;
  host: string;
  port: number;
  advertiseAddress: string | undefined;
  instanceId: string | undefined;
  heartbeatIntervalMs: number;
  drainTimeoutMs: number;
  maxMessageBytes: number;
  logger: Logger | undefined;
  logLevel: string;
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
  return {
    nats: options.nats,
    host: options.host ?? '127.0.0.1',
    port: intOption('port', options.port ?? 0, 0, 65535),
    advertiseAddress: options.advertiseAddress,
    instanceId: options.instanceId,
    heartbeatIntervalMs: intOption('heartbeatIntervalMs', options.heartbeatIntervalMs ?? 1000, 50, 60_000),
    drainTimeoutMs: intOption('drainTimeoutMs', options.drainTimeoutMs ?? 30_000, 0, 3_600_000),
    maxMessageBytes: intOption('maxMessageBytes', options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, 1024, 256 * 1024 * 1024),
    logger: options.logger,
    logLevel: levelOption('logLevel', options.logLevel ?? 'info'),
  };
}

/**
 * Agent options from environment variables — call it from your process entry, never at import time.
 * `NATS_URL`, `TROUPE_AGENT_HOST`, `TROUPE_AGENT_PORT`, `TROUPE_AGENT_ADVERTISE`,
 * `TROUPE_HEARTBEAT_MS`, `TROUPE_DRAIN_TIMEOUT_MS`, `TROUPE_LOG_LEVEL`.
 */
export function agentOptionsFromEnv(env: Record<string, string | undefined>): AgentOptions {
  const num = (name: string): number | undefined => (env[name] === undefined || env[name] === '' ? undefined : intOption(name, env[name], 0, 3_600_000));
  const options: AgentOptions = {};
  if (env.NATS_URL) options.nats = env.NATS_URL;
  if (env.TROUPE_AGENT_HOST) options.host = env.TROUPE_AGENT_HOST;
  const port = num('TROUPE_AGENT_PORT');
  if (port !== undefined) options.port = port;
  if (env.TROUPE_AGENT_ADVERTISE) options.advertiseAddress = env.TROUPE_AGENT_ADVERTISE;
  const beat = num('TROUPE_HEARTBEAT_MS');
  if (beat !== undefined) options.heartbeatIntervalMs = beat;
  const drain = num('TROUPE_DRAIN_TIMEOUT_MS');
  if (drain !== undefined) options.drainTimeoutMs = drain;
  if (env.TROUPE_LOG_LEVEL) options.logLevel = env.TROUPE_LOG_LEVEL;
  return options;
}
