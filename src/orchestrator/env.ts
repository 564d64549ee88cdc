import { readFileSync } from 'node:fs';
import { NATS_ENV } from '../sdk/security/index.js';
import { ConfigError, type OrchestratorOptions } from './options.js';

/** Environment variable → option, with how to parse it. */
const ENV: Record<string, [keyof OrchestratorOptions, 'string' | 'int' | 'bool']> = {
  NATS_URL: ['natsUrl', 'string'],
  TROUPE_GRPC_HOST: ['grpcHost', 'string'],
  TROUPE_GRPC_PORT: ['grpcPort', 'int'],
  TROUPE_HTTP_PORT: ['httpPort', 'int'],
  TROUPE_SELECTION: ['selection', 'string'],
  TROUPE_TASK_TIMEOUT_MS: ['defaultTimeoutMs', 'int'],
  TROUPE_MAX_MESSAGE_BYTES: ['maxMessageBytes', 'int'],
  TROUPE_MAX_PAYLOAD_BYTES: ['maxPayloadBytes', 'int'],
  TROUPE_PAYLOAD_MAX_AGE_MS: ['payloadMaxAgeMs', 'int'],
  TROUPE_HEARTBEAT_MS: ['heartbeatIntervalMs', 'int'],
  TROUPE_DISCOVERY_WAIT_MS: ['discoveryWaitMs', 'int'],
  TROUPE_DEMOTE_BELOW_PERCENT: ['demoteBelowPercent', 'int'],
  TROUPE_DEMOTE_WINDOW: ['demoteWindow', 'int'],
  TROUPE_DEMOTE_MIN_SAMPLES: ['demoteMinSamples', 'int'],
  TROUPE_DEMOTE_COOLDOWN_MS: ['demoteCooldownMs', 'int'],
  TROUPE_LOG_LEVEL: ['logLevel', 'string'],
  TROUPE_USE_CHANNELS: ['useChannels', 'bool'],
  TROUPE_MAX_CONCURRENT_TASKS: ['maxConcurrentTasks', 'int'],
  TROUPE_QUEUE_CAPACITY: ['queueCapacity', 'int'],
  TROUPE_BULK_MAX_IN_FLIGHT: ['bulkMaxInFlight', 'int'],
  TROUPE_DURABLE: ['durable', 'bool'],
  TROUPE_INSTANCE_ID: ['instanceId', 'string'],
  TROUPE_STORE_REPLICAS: ['storeReplicas', 'int'],
  TROUPE_STORE_ELECTION_RETRY_MS: ['storeElectionRetryMs', 'int'],
  TROUPE_LEASE_TTL_MS: ['leaseTtlMs', 'int'],
  TROUPE_LEASE_RENEW_MS: ['leaseRenewMs', 'int'],
  TROUPE_RETENTION_MAX_AGE_MS: ['retentionMaxAgeMs', 'int'],
  TROUPE_RETENTION_MAX_COUNT: ['retentionMaxCount', 'int'],
  TROUPE_RETENTION_SWEEP_MS: ['retentionSweepMs', 'int'],
  TROUPE_PROGRESS_WRITE_DELAY_MS: ['progressWriteDelayMs', 'int'],
  TROUPE_RUN_LIST_DELAY_MS: ['runListDelayMs', 'int'],
  TROUPE_SCHEDULE_PENDING_GRACE_MS: ['schedulePendingGraceMs', 'int'],
  TROUPE_EVENT_SUBJECTS: ['eventSubjects', 'string'],
  TROUPE_EVENTS_MAX_AGE_MS: ['eventsMaxAgeMs', 'int'],
  TROUPE_EVENTS_MAX_BYTES: ['eventsMaxBytes', 'int'],
  TROUPE_TRIGGER_ACK_WAIT_MS: ['triggerAckWaitMs', 'int'],
  TROUPE_TRIGGER_MAX_IN_FLIGHT: ['triggerMaxInFlight', 'int'],
  TROUPE_MAX_FINISHED_RUNS: ['maxFinishedRuns', 'int'],
  TROUPE_AUTH_JWKS_FILE: ['authJwksFile', 'string'],
  TROUPE_AUTH_JWKS_URL: ['authJwksUrl', 'string'],
  TROUPE_AUTH_JWT_PUBLIC_KEY_FILE: ['authJwtPublicKeyFile', 'string'],
  TROUPE_AUTH_ISSUER: ['authIssuer', 'string'],
  TROUPE_AUTH_AUDIENCE: ['authAudience', 'string'],
  TROUPE_AUTH_TOKENS_FILE: ['authTokensFile', 'string'],
  TROUPE_AUDIT_MAX_AGE_MS: ['auditMaxAgeMs', 'int'],
  TROUPE_AUDIT_MAX_BYTES: ['auditMaxBytes', 'int'],
  TROUPE_HTTP_HOST: ['httpHost', 'string'],
  TROUPE_JAEGER_UI_URL: ['jaegerUiUrl', 'string'],
  TROUPE_JAEGER_QUERY_URL: ['jaegerQueryUrl', 'string'],
  TROUPE_JAEGER_QUERY_TIMEOUT_MS: ['jaegerQueryTimeoutMs', 'int'],
  TROUPE_WEBHOOK_SECRET_FILE: ['webhookSecretFile', 'string'],
  TROUPE_ESCALATION_URL: ['escalationUrl', 'string'],
  TROUPE_ESCALATION_SECRET_ID: ['escalationSecretId', 'string'],
  TROUPE_WEBHOOK_ALLOW: ['webhookAllow', 'string'],
  TROUPE_WEBHOOK_MAX_ATTEMPTS: ['webhookMaxAttempts', 'int'],
  TROUPE_WEBHOOK_BACKOFF_MS: ['webhookBackoffMs', 'int'],
  TROUPE_WEBHOOK_TIMEOUT_MS: ['webhookTimeoutMs', 'int'],
  TROUPE_TASK_RESULTS_MAX: ['taskResultsMax', 'int'],
  TROUPE_TASK_RESULTS_TTL_MS: ['taskResultsTtlMs', 'int'],
  TROUPE_HTTP_TLS: ['httpTls', 'bool'],
  TROUPE_TLS_CERT: ['tlsCert', 'string'],
  TROUPE_TLS_KEY: ['tlsKey', 'string'],
  TROUPE_TLS_CLIENT_CA: ['tlsClientCa', 'string'],
  TROUPE_AGENT_CA: ['agentCa', 'string'],
  TROUPE_AGENT_CLIENT_CERT: ['agentClientCert', 'string'],
  TROUPE_AGENT_CLIENT_KEY: ['agentClientKey', 'string'],
  TROUPE_INSECURE: ['insecure', 'bool'],
  TROUPE_MAX_ACTIVE_RUNS: ['maxActiveRuns', 'int'],
  TROUPE_WORKFLOW_MAX_BYTES: ['workflowMaxBytes', 'int'],
  TROUPE_WORKFLOW_MAX_DEPTH: ['workflowMaxDepth', 'int'],
  TROUPE_WORKFLOW_MAX_STEPS: ['workflowMaxSteps', 'int'],
};

/** The environment variables the orchestrator reads, for docs and `--help`. */
export const ORCHESTRATOR_ENV = Object.keys(ENV).concat(
  'TROUPE_CONFIG',
  Object.values(NATS_ENV).filter((name) => name !== 'NATS_URL'),
);

/**
 * Reads options from an optional JSON config file (`TROUPE_CONFIG`) and then the
 * environment (which wins). Called only from process entries (main.ts, the CLI).
 */
export function orchestratorOptionsFromEnv(env: Record<string, string | undefined>): OrchestratorOptions {
  let options: Record<string, unknown> = {};
  const file = env.TROUPE_CONFIG;
  if (file) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
      options = { ...(parsed as Record<string, unknown>) };
    } catch (err) {
      throw new ConfigError(`TROUPE_CONFIG: cannot read ${file}: ${(err as Error).message}`);
    }
  }
  for (const [name, [key, kind]] of Object.entries(ENV)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (kind === 'bool') {
      if (!['true', 'false', '1', '0'].includes(raw)) throw new ConfigError(`${name}: "${raw}" is not true or false`);
      options[key] = raw === 'true' || raw === '1';
    } else if (kind === 'int') {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new ConfigError(`${name}: "${raw}" is not an integer`);
      options[key] = n;
    } else {
      options[key] = raw;
    }
  }
  return options as OrchestratorOptions;
}
