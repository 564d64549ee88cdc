import { z } from 'zod';
import { DEFAULT_MAX_PAYLOAD_BYTES, maxMessageBytesFor } from '../sdk/grpc/payload-limits.js';
import { DEFAULT_PENDING_GRACE_MS } from './schedules/fire-tick.js';
import { subjectProblem } from './workflow/definition/triggers.js';

/** How the orchestrator picks among the active instances offering a capability. */
export const SELECTION_STRATEGIES = ['round_robin', 'least_in_flight', 'weighted', 'fastest', 'most_reliable', 'cheapest'] as const;
export type SelectionStrategy = (typeof SELECTION_STRATEGIES)[number];

const schema = z
  .object({
    /** NATS server URL(s), comma-separated. Required: discovery runs over NATS. */
    natsUrl: z.string().min(1, 'set the NATS server URL, e.g. nats://127.0.0.1:4222'),
    /** Interface of the gRPC API. @default '127.0.0.1' */
    grpcHost: z.string().min(1).default('127.0.0.1'),
    /** Port of the gRPC API; 0 picks a free one. @default 7600 */
    grpcPort: z.number().int().min(0).max(65535).default(7600),
    /** Port of the HTTP endpoint (health, metrics); -1 disables it; 0 picks a free one. @default 7601 */
    httpPort: z.number().int().min(-1).max(65535).default(7601),
    /** Selection strategy. @default 'least_in_flight' */
    selection: z.enum(SELECTION_STRATEGIES).default('least_in_flight'),
    /** Strategy per capability, overriding `selection`, e.g. `{ "tts.synthesize": "fastest" }`. @default {} */
    capabilitySelection: z.record(z.string(), z.enum(SELECTION_STRATEGIES)).default({}),
    /** Token-bucket rate limit applied to every agent instance. @default none */
    agentRate: z.object({ ratePerSecond: z.number().positive(), burst: z.number().int().min(1) }).strict().optional(),
    /** Timeout of a task when the request sets none. @default 120000 */
    defaultTimeoutMs: z.number().int().min(1).max(86_400_000).default(120_000),
    /**
     * Largest input or output (StartRun/SubmitTask input, step and task output, as JSON
     * bytes) accepted; larger ones get RESOURCE_EXHAUSTED naming this setting. Values over
     * the NATS max payload are kept in the JetStream object store by reference. @default 67108864 (64 MiB)
     */
    maxPayloadBytes: z.number().int().min(1024).max(200 * 1024 * 1024).default(DEFAULT_MAX_PAYLOAD_BYTES),
    /** Largest gRPC message accepted or relayed, in bytes; if below `maxPayloadBytes` it is the effective limit. @default maxPayloadBytes × 1.25 (80 MiB) */
    maxMessageBytes: z.number().int().min(1024).max(256 * 1024 * 1024).optional(),
    /** Heartbeat interval assumed for agents until their first beat says otherwise. @default 1000 */
    heartbeatIntervalMs: z.number().int().min(50).max(60_000).default(1000),
    /** How long the start-up `$SRV.INFO` ping collects answers. @default 500 */
    discoveryWaitMs: z.number().int().min(0).max(60_000).default(500),
    /** Consecutive failed calls that open an instance's circuit breaker. @default 5 */
    breakerFailureThreshold: z.number().int().min(1).max(1000).default(5),
    /** How long an open breaker stays open before a trial call. @default 10000 */
    breakerOpenMs: z.number().int().min(10).max(3_600_000).default(10_000),
    /**
     * Automatic demotion: an instance whose success rate over its last `demoteWindow` finished
     * tasks (at least `demoteMinSamples` of them) is below this percentage is put into maintenance
     * with reason `demoted: success rate X% < Y%`, probed (Describe) after `demoteCooldownMs` and
     * returned to active when the probe answers. The last routable instance of a capability is
     * never demoted (that would turn failures into unavailability). 0 turns it off. @default 0
     */
    demoteBelowPercent: z.number().int().min(0).max(100).default(0),
    /** Finished tasks per instance the demotion success rate is computed over. @default 20 */
    demoteWindow: z.number().int().min(1).max(10_000).default(20),
    /** Fewest finished tasks in the window before an instance can be demoted. @default 10 */
    demoteMinSamples: z.number().int().min(1).max(10_000).default(10),
    /** How long a demoted instance stays in maintenance before each probe. @default 30000 */
    demoteCooldownMs: z.number().int().min(10).max(86_400_000).default(30_000),
    /** Send unary tasks over each agent's multiplexing Channel stream when it offers one, instead of one Execute call each. @default true */
    useChannels: z.boolean().default(true),
    /** Tasks in flight at once across all capabilities; more wait in the priority queue. @default 1024 */
    maxConcurrentTasks: z.number().int().min(1).max(1_000_000).default(1024),
    /**
     * Tasks one SubmitTasks stream may have in flight (read, not yet answered); past it the orchestrator
     * stops reading that stream until a task answers, so HTTP/2 flow control holds the client back. @default 1024
     */
    bulkMaxInFlight: z.number().int().min(1).max(1_000_000).default(1024),
    /** Tasks that may wait in the priority queue; beyond it calls get RESOURCE_EXHAUSTED. @default 10000 */
    queueCapacity: z.number().int().min(1).max(10_000_000).default(10_000),
    /** Tasks in flight at once per capability, e.g. `{ "tts.synthesize": 4 }`. @default {} */
    capabilityConcurrency: z.record(z.string(), z.number().int().min(1)).default({}),
    /** Token-bucket rate limit per capability, e.g. `{ "web.harvest": { "ratePerSecond": 5, "burst": 10 } }`. @default {} */
    capabilityRates: z.record(z.string(), z.object({ ratePerSecond: z.number().positive(), burst: z.number().int().min(1) }).strict()).default({}),
    /**
     * Keep runs, workflows, dead letters and idempotency keys in NATS JetStream KV, so that runs
     * survive an orchestrator crash (another instance, or this one restarted, resumes them). Needs
     * JetStream on the NATS server; false keeps everything in memory. @default true
     */
    durable: z.boolean().default(true),
    /**
     * This orchestrator instance's id: the owner of its runs' leases. Restarting with the same id
     * resumes its runs at once (without waiting for their leases to expire). @default a random UUID
     */
    instanceId: z.string().min(1).max(128).optional(),
    /** How long this instance's lease lasts without renewal; a dead instance's runs are adopted after it. @default 4000 */
    leaseTtlMs: z.number().int().min(100).max(3_600_000).default(4_000),
    /** How often the instance lease is renewed (one KV compare-and-set, whatever the number of runs); below `leaseTtlMs`. @default 1000 */
    leaseRenewMs: z.number().int().min(10).max(3_600_000).default(1_000),
    /**
     * Replicas of every JetStream bucket and stream Troupe creates (the KV buckets, `troupe_payloads`,
     * `TROUPE_AUDIT`): 1, or 3 / 5 on a NATS cluster of at least that many JetStream servers. An
     * existing stream is scaled to it at start-up. See docs/operations.md. @default 1
     */
    storeReplicas: z.union([z.literal(1), z.literal(3), z.literal(5)], { error: 'must be 1, 3 or 5 (3 or 5 need a NATS cluster of at least that many JetStream servers)' }).default(1),
    /**
     * How long a store request nobody answered ("no responders": a bucket's stream is electing a new
     * leader after its node died) is resent before it fails. nats-server 2.15 waits 4–9 s (random) before
     * an election, and a split vote takes another round, so the default covers two rounds. See
     * docs/operations.md. @default 20000
     */
    storeElectionRetryMs: z.number().int().min(0).max(600_000).default(20_000),
    /** Finished runs older than this are removed from the store and memory. @default 604800000 (7 days) */
    retentionMaxAgeMs: z.number().int().min(0).default(7 * 24 * 3_600_000),
    /** At most this many finished runs are kept in the store; the oldest go first. @default 10000 */
    retentionMaxCount: z.number().int().min(0).default(10_000),
    /**
     * Unfinished runs this instance drives at most. Beyond it StartRun answers RESOURCE_EXHAUSTED at
     * once ("retry later"); an accepted run is never failed for overload (its steps wait for room in
     * the task queue). Adopted runs of a dead instance are counted but never refused. @default 5000
     */
    maxActiveRuns: z.number().int().min(1).max(10_000_000).default(5000),
    /**
     * Age after which NATS removes a payload object (`troupe_payloads`: values stored by reference);
     * 0: never (retention deletes a run's objects with the run). When set, keep it above
     * `retentionMaxAgeMs` and the longest run. @default 0
     */
    payloadMaxAgeMs: z.number().int().min(0).default(0),
    /** Finished runs this instance keeps in memory for GetRun/WatchRun (durable runs are also read from the store). @default 1000 */
    maxFinishedRuns: z.number().int().min(1).max(1_000_000).default(1000),
    /** How often the retention sweep runs. @default 60000 */
    retentionSweepMs: z.number().int().min(100).max(86_400_000).default(60_000),
    /**
     * A run's progress (a step or an attempt started) is written with its next change that
     * finishes work, or this long after it at the latest (docs/durability.md); 0: at once. @default 250
     */
    progressWriteDelayMs: z.number().int().min(0).max(60_000).default(250),
    /**
     * How long an unfinished run's ListRuns entry may wait to be written (a finished run's is
     * written at once): a run that starts and finishes within it costs one index write. Another
     * orchestrator lists the run up to this much later, so leave it 0 when several orchestrators
     * share event triggers (docs/durability.md). @default 0
     */
    runListDelayMs: z.number().int().min(0).max(60_000).default(0),
    /**
     * How long a schedule tick claimed by an orchestrator may stay unfinished (its run not
     * yet started) before another orchestrator redoes it with the same idempotency key
     * (docs/schedules.md); also how long DeleteSchedule waits for such a tick. @default 10000
     */
    schedulePendingGraceMs: z.number().int().min(100).max(3_600_000).default(DEFAULT_PENDING_GRACE_MS),
    /**
     * Subjects the `TROUPE_EVENTS` stream captures, comma-separated (TROUPE_EVENT_SUBJECTS): a trigger
     * without `stream:` must have a subject among them. Set the same on every orchestrator; `none`:
     * no Troupe-managed stream (every trigger names its own). See docs/triggers.md. @default 'events.>'
     */
    eventSubjects: z
      .string()
      .default('events.>')
      .refine((v) => v.trim() === 'none' || eventSubjectList(v).every((s) => subjectProblem(s) === undefined), {
        message: 'must be NATS subjects separated by commas (e.g. "events.>,orders.>"), none of NATS\' or Troupe\'s own, or "none"',
      }),
    /** Events older than this are removed from `TROUPE_EVENTS` (TROUPE_EVENTS_MAX_AGE_MS); keep it at most the idempotency TTL (24 h). @default 86400000 (24 h) */
    eventsMaxAgeMs: z.number().int().min(60_000).default(86_400_000),
    /** Size limit of `TROUPE_EVENTS` in bytes, oldest dropped first; -1: none (TROUPE_EVENTS_MAX_BYTES). @default 1073741824 (1 GiB) */
    eventsMaxBytes: z.number().int().min(-1).default(1024 * 1024 * 1024),
    /**
     * How long an event handed to an orchestrator may stay unacknowledged before JetStream hands
     * it out again, e.g. after that orchestrator died (TROUPE_TRIGGER_ACK_WAIT_MS). @default 30000
     */
    triggerAckWaitMs: z.number().int().min(500).max(3_600_000).default(30_000),
    /** Events of one trigger an orchestrator handles at once, and fetches ahead (TROUPE_TRIGGER_MAX_IN_FLIGHT). @default 64 */
    triggerMaxInFlight: z.number().int().min(1).max(10_000).default(64),
    /**
     * Local JWKS file whose keys verify API JWTs (TROUPE_AUTH_JWKS_FILE). API auth (bearer tokens on
     * gRPC and HTTP) is on when this or authJwksUrl, authJwtPublicKeyFile or authTokensFile is set;
     * with none, every caller is "anonymous" with every scope. See docs/security.md. @default none
     */
    authJwksFile: z.string().min(1).optional(),
    /** Remote JWKS URL (an OIDC provider's jwks_uri) verifying API JWTs (TROUPE_AUTH_JWKS_URL). @default none */
    authJwksUrl: z.url().optional(),
    /** PEM (SPKI) public key file verifying API JWTs (TROUPE_AUTH_JWT_PUBLIC_KEY_FILE). @default none */
    authJwtPublicKeyFile: z.string().min(1).optional(),
    /** Required `iss` of API JWTs (TROUPE_AUTH_ISSUER). @default not checked */
    authIssuer: z.string().min(1).optional(),
    /** Required `aud` of API JWTs (TROUPE_AUTH_AUDIENCE). @default not checked */
    authAudience: z.string().min(1).optional(),
    /** Static tokens file: JSON lines `{ name, sha256, scopes, workflows? }` (TROUPE_AUTH_TOKENS_FILE). @default none */
    authTokensFile: z.string().min(1).optional(),
    /** Audit events older than this are dropped from the TROUPE_AUDIT stream. @default 2592000000 (30 days) */
    auditMaxAgeMs: z.number().int().min(60_000).default(30 * 24 * 3_600_000),
    /** Size limit of the TROUPE_AUDIT stream in bytes (oldest dropped first). @default 1073741824 (1 GiB) */
    auditMaxBytes: z.number().int().min(1024 * 1024).default(1024 * 1024 * 1024),
    /**
     * File holding the HMAC-SHA256 key that signs callbacks (`Troupe-Signature`) (TROUPE_WEBHOOK_SECRET_FILE);
     * read once at start, never logged. Without it a `callback_url` is refused. See docs/security.md. @default none
     */
    webhookSecretFile: z.string().min(1).optional(),
    /**
     * Hosts callbacks may go to, comma-separated; `*.example.com` allows its subdomains (TROUPE_WEBHOOK_ALLOW).
     * The SSRF guard: without it any http(s) host is allowed. @default none (all hosts)
     */
    webhookAllow: z.string().optional(),
    /**
     * Where escalations of dead letters (`on_dead_letter: escalate`) are POSTed, signed like callbacks
     * (TROUPE_ESCALATION_URL); needs `webhookSecretFile`. Without it, workflows that escalate are refused. @default none
     */
    escalationUrl: z.string().min(1).optional(),
    /** Which secret of the webhook secret file signs escalations (TROUPE_ESCALATION_SECRET_ID). @default 'default' */
    escalationSecretId: z.string().min(1).default('default'),
    /** POSTs per callback, first included (TROUPE_WEBHOOK_MAX_ATTEMPTS). @default 5 */
    webhookMaxAttempts: z.number().int().min(1).max(20).default(5),
    /** Backoff before a callback's 2nd attempt, doubling with full jitter up to 30 s (TROUPE_WEBHOOK_BACKOFF_MS). @default 500 */
    webhookBackoffMs: z.number().int().min(1).max(60_000).default(500),
    /** Timeout of one callback POST (TROUPE_WEBHOOK_TIMEOUT_MS). @default 10000 */
    webhookTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    /** Tasks of the HTTP task API kept, running ones included (TROUPE_TASK_RESULTS_MAX). @default 10000 */
    taskResultsMax: z.number().int().min(1).max(1_000_000).default(10_000),
    /** How long a finished HTTP task's result is kept (TROUPE_TASK_RESULTS_TTL_MS). @default 3600000 (1 h) */
    taskResultsTtlMs: z.number().int().min(1000).max(7 * 86_400_000).default(3_600_000),
    /** Interface of the HTTP endpoint. @default the value of `grpcHost` */
    httpHost: z.string().min(1).optional(),
    /**
     * Base URL of the Jaeger UI (TROUPE_JAEGER_UI_URL), e.g. `http://localhost:16686`: the web
     * page links each run to `<url>/trace/<trace id>`. @default none (no link)
     */
    jaegerUiUrl: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Base URL of Jaeger's query service (TROUPE_JAEGER_QUERY_URL), e.g. `http://jaeger:16686`: set, the
     * orchestrator reads runs' traces from it (`GET /api/runs/{id}/trace`, server-side; the browser never
     * talks to Jaeger) and the console draws their real spans. @default none (the console draws the run's own timings)
     */
    jaegerQueryUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), { message: 'must hold no credentials (user:password@): they would end up in error messages, and fetch refuses them' })
      .optional(),
    /** Timeout of one trace read from `jaegerQueryUrl` (TROUPE_JAEGER_QUERY_TIMEOUT_MS). @default 3000 */
    jaegerQueryTimeoutMs: z.number().int().min(100).max(60_000).default(3000),
    /**
     * Serve the HTTP endpoint (health, metrics, the web page, audio) over HTTPS with the API's
     * certificate (`tlsCert`/`tlsKey`, reloaded like it) (TROUPE_HTTP_TLS). Needs `tlsCert`.
     * @default true when `tlsCert` is set, else false
     */
    httpTls: z.boolean().optional(),
    /** PEM file of the gRPC API's server certificate (chain); with `tlsKey`, the API serves TLS only. @default none (plaintext) */
    tlsCert: z.string().min(1).optional(),
    /** PEM file of the private key of `tlsCert`. @default none */
    tlsKey: z.string().min(1).optional(),
    /** PEM file of the CA that API clients' certificates must chain to; set, every client must present one (mTLS). @default none */
    tlsClientCa: z.string().min(1).optional(),
    /**
     * PEM file of the CA that agents' server certificates must chain to. Set, the orchestrator talks
     * TLS to agents and admits an instance only when its certificate names the agent it announced
     * (URI SAN `troupe://agent/<name>` or DNS SAN `<name>`); others become `refused`. @default none
     */
    agentCa: z.string().min(1).optional(),
    /** PEM file of the client certificate the orchestrator presents to agents (mTLS); it also signs control messages. @default none */
    agentClientCert: z.string().min(1).optional(),
    /** PEM file of the private key of `agentClientCert`. @default none */
    agentClientKey: z.string().min(1).optional(),
    /** Start even when a listener on a non-loopback interface lacks TLS or authentication (warns once). @default false */
    insecure: z.boolean().default(false),
    /** Largest workflow definition RegisterWorkflow accepts, in UTF-8 bytes; larger ones get RESOURCE_EXHAUSTED. @default 262144 (256 KiB) */
    workflowMaxBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(256 * 1024),
    /** Deepest nesting of lists and objects in a workflow definition (the definition is level 1, a step's input level 4). @default 32 */
    workflowMaxDepth: z.number().int().min(8).max(1000).default(32),
    /** Most steps in one workflow definition. @default 500 */
    workflowMaxSteps: z.number().int().min(1).max(100_000).default(500),
    /** Log level. @default 'info' */
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .strict()
  .refine((o) => o.demoteMinSamples <= o.demoteWindow, { message: 'must be at most demoteWindow (the window never holds more)', path: ['demoteMinSamples'] })
  .refine((o) => o.leaseRenewMs < o.leaseTtlMs, { message: 'must be below leaseTtlMs', path: ['leaseRenewMs'] })
  .refine((o) => (o.tlsCert === undefined) === (o.tlsKey === undefined), { message: 'tlsCert and tlsKey go together', path: ['tlsKey'] })
  .refine((o) => o.tlsClientCa === undefined || o.tlsCert !== undefined, { message: 'needs tlsCert and tlsKey (mTLS is TLS first)', path: ['tlsClientCa'] })
  .refine((o) => o.httpTls !== true || o.tlsCert !== undefined, { message: 'needs tlsCert and tlsKey (HTTPS uses the API certificate)', path: ['httpTls'] })
  .refine((o) => (o.agentClientCert === undefined) === (o.agentClientKey === undefined), { message: 'agentClientCert and agentClientKey go together', path: ['agentClientKey'] })
  .refine((o) => o.agentClientCert === undefined || o.agentCa !== undefined, { message: 'needs agentCa (TLS to agents)', path: ['agentClientCert'] });

/** The subjects of an `eventSubjects` setting ([] for "none"). */
export function eventSubjectList(setting: string): string[] {
  return setting.trim() === 'none' ? [] : setting.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Raw options, as read from the environment or a config file. */
export type OrchestratorOptions = z.input<typeof schema>;
/** Options after defaults and validation. */
export type CompiledOrchestratorOptions = z.output<typeof schema> & { readonly maxMessageBytes: number };

/** Thrown at start-up for a bad option; the message names the setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Applies defaults and validates once; throws a ConfigError naming every bad setting. */
export function compileOrchestratorOptions(options: OrchestratorOptions): CompiledOrchestratorOptions {
  const result = schema.safeParse(options);
  if (result.success) return { ...result.data, maxMessageBytes: result.data.maxMessageBytes ?? maxMessageBytesFor(result.data.maxPayloadBytes) };
  const problems = result.error.issues.map((i) => {
    const key = i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : 'options');
    return `${key}: ${i.message}`;
  });
  throw new ConfigError(`invalid orchestrator configuration:\n  ${problems.join('\n  ')}`);
}
