import { compileNatsSettings, NatsConnectSettings, natsSettingsFromEnv } from './security/credentials.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './grpc/payload-limits.js';
/** Thrown when an option is wrong; names the option. */
export class OptionsError extends Error {
    option;
    name = 'OptionsError';
    constructor(option, message) {
        super(`${option}: ${message}`);
        this.option = option;
    }
}
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** Checks an integer option; throws an {@link OptionsError} naming it. */
export function intOption(name, value, min, max) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
        throw new OptionsError(name, `${JSON.stringify(value)} is not an integer from ${min} to ${max}`);
    }
    return n;
}
/** Checks a log level option. */
export function levelOption(name, value) {
    if (!LEVELS.includes(value))
        throw new OptionsError(name, `"${value}" is not one of ${LEVELS.join(', ')}`);
    return value;
}
/** Applies defaults and validates, once, at start-up. */
export function compileAgentOptions(options = {}) {
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
function compileMetrics(options, host, hasTls) {
    if (options.metricsPort === undefined)
        return undefined;
    if (options.metricsTls === true && !hasTls)
        throw new OptionsError('metricsTls', 'needs tls (the endpoint serves HTTPS with the agent certificate)');
    if (options.metricsHost?.trim() === '')
        throw new OptionsError('metricsHost', 'is empty; name an interface such as 127.0.0.1 or 0.0.0.0');
    return {
        port: intOption('metricsPort', options.metricsPort, 0, 65535),
        host: options.metricsHost ?? host,
        tls: options.metricsTls ?? hasTls,
        handler: options.metricsHandler,
    };
}
/** Checks a replicas option: 1, 3 or 5 (more than 1 needs a NATS cluster of at least that many JetStream servers). */
export function replicasOption(name, value) {
    const n = intOption(name, value, 1, 5);
    if (n !== 1 && n !== 3 && n !== 5)
        throw new OptionsError(name, `${n} is not 1, 3 or 5 (3 or 5 need a NATS cluster of at least that many JetStream servers)`);
    return n;
}
function checkTls(tls) {
    if (tls === undefined)
        return undefined;
    if (!tls.cert || !tls.key)
        throw new OptionsError('tls', 'needs both cert and key');
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
export function agentOptionsFromEnv(env) {
    const num = (name) => (env[name] === undefined || env[name] === '' ? undefined : intOption(name, env[name], 0, 3_600_000));
    const options = {};
    const nats = natsSettingsFromEnv(env);
    if (nats)
        options.nats = compileNatsSettings(nats);
    if (env.TROUPE_AGENT_HOST)
        options.host = env.TROUPE_AGENT_HOST;
    const port = num('TROUPE_AGENT_PORT');
    if (port !== undefined)
        options.port = port;
    if (env.TROUPE_AGENT_ADVERTISE)
        options.advertiseAddress = env.TROUPE_AGENT_ADVERTISE;
    const beat = num('TROUPE_HEARTBEAT_MS');
    if (beat !== undefined)
        options.heartbeatIntervalMs = beat;
    const drain = num('TROUPE_DRAIN_TIMEOUT_MS');
    if (drain !== undefined)
        options.drainTimeoutMs = drain;
    if (env.TROUPE_LOG_LEVEL)
        options.logLevel = env.TROUPE_LOG_LEVEL;
    const cert = env.TROUPE_AGENT_TLS_CERT;
    const key = env.TROUPE_AGENT_TLS_KEY;
    const clientCa = env.TROUPE_AGENT_TLS_CLIENT_CA;
    if (cert || key) {
        if (!cert || !key)
            throw new OptionsError(cert ? 'TROUPE_AGENT_TLS_KEY' : 'TROUPE_AGENT_TLS_CERT', 'TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY go together');
        options.tls = { cert, key, ...(clientCa ? { clientCa } : {}) };
    }
    else if (clientCa) {
        throw new OptionsError('TROUPE_AGENT_TLS_CLIENT_CA', 'needs TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY (mTLS is TLS first)');
    }
    if (env.TROUPE_STORE_REPLICAS)
        options.storeReplicas = replicasOption('TROUPE_STORE_REPLICAS', env.TROUPE_STORE_REPLICAS);
    const insecure = boolEnv(env, 'TROUPE_INSECURE');
    if (insecure !== undefined)
        options.insecure = insecure;
    Object.assign(options, metricsFromEnv(env, options.tls !== undefined));
    return options;
}
/** `TROUPE_AGENT_METRICS_PORT` (unset or empty: no endpoint), `_HOST` and `_TLS`, checked with the variables' names. */
function metricsFromEnv(env, hasTls) {
    const options = {};
    const port = env.TROUPE_AGENT_METRICS_PORT;
    if (port !== undefined && port !== '')
        options.metricsPort = intOption('TROUPE_AGENT_METRICS_PORT', port, 0, 65535);
    if (env.TROUPE_AGENT_METRICS_HOST)
        options.metricsHost = env.TROUPE_AGENT_METRICS_HOST;
    const tls = boolEnv(env, 'TROUPE_AGENT_METRICS_TLS');
    if (tls === true && !hasTls)
        throw new OptionsError('TROUPE_AGENT_METRICS_TLS', 'needs TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY (the endpoint serves HTTPS with the agent certificate)');
    if (tls !== undefined)
        options.metricsTls = tls;
    return options;
}
/** A true/false variable (`true`, `false`, `1`, `0`); undefined when unset or empty. */
function boolEnv(env, name) {
    const value = env[name];
    if (value === undefined || value === '')
        return undefined;
    if (!['true', 'false', '1', '0'].includes(value))
        throw new OptionsError(name, `"${value}" is not true or false`);
    return value === 'true' || value === '1';
}
//# sourceMappingURL=options.js.map