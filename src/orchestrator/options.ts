import { z } from 'zod';

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
    /** Largest gRPC message accepted or relayed, in bytes. @default 8388608 */
    maxMessageBytes: z.number().int().min(1024).max(256 * 1024 * 1024).default(8 * 1024 * 1024),
    /** Heartbeat interval assumed for agents until their first beat says otherwise. @default 1000 */
    heartbeatIntervalMs: z.number().int().min(50).max(60_000).default(1000),
    /** How long the start-up `$SRV.INFO` ping collects answers. @default 500 */
    discoveryWaitMs: z.number().int().min(0).max(60_000).default(500),
    /** Consecutive failed calls that open an instance's circuit breaker. @default 5 */
    breakerFailureThreshold: z.number().int().min(1).max(1000).default(5),
    /** How long an open breaker stays open before a trial call. @default 10000 */
    breakerOpenMs: z.number().int().min(10).max(3_600_000).default(10_000),
    /** Send unary tasks over each agent's multiplexing Channel stream when it offers one, instead of one Execute call each. @default true */
    useChannels: z.boolean().default(true),
    /** Tasks in flight at once across all capabilities; more wait in the priority queue. @default 1024 */
    maxConcurrentTasks: z.number().int().min(1).max(1_000_000).default(1024),
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
    /** How long a run lease lasts without renewal; a dead instance's runs are adopted after it. @default 15000 */
    leaseTtlMs: z.number().int().min(100).max(3_600_000).default(15_000),
    /** How often held run leases are renewed; below `leaseTtlMs`. @default 5000 */
    leaseRenewMs: z.number().int().min(10).max(3_600_000).default(5_000),
    /** Finished runs older than this are removed from the store and memory. @default 604800000 (7 days) */
    retentionMaxAgeMs: z.number().int().min(0).default(7 * 24 * 3_600_000),
    /** At most this many finished runs are kept in the store; the oldest go first. @default 10000 */
    retentionMaxCount: z.number().int().min(0).default(10_000),
    /** Finished runs this instance keeps in memory for GetRun/WatchRun (durable runs are also read from the store). @default 1000 */
    maxFinishedRuns: z.number().int().min(1).max(1_000_000).default(1000),
    /** How often the retention sweep runs. @default 60000 */
    retentionSweepMs: z.number().int().min(100).max(86_400_000).default(60_000),
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
  .refine((o) => o.leaseRenewMs < o.leaseTtlMs, { message: 'must be below leaseTtlMs', path: ['leaseRenewMs'] });

/** Raw options, as read from the environment or a config file. */
export type OrchestratorOptions = z.input<typeof schema>;
/** Options after defaults and validation. */
export type CompiledOrchestratorOptions = z.output<typeof schema>;

/** Thrown at start-up for a bad option; the message names the setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Applies defaults and validates once; throws a ConfigError naming every bad setting. */
export function compileOrchestratorOptions(options: OrchestratorOptions): CompiledOrchestratorOptions {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const key = i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : 'options');
    return `${key}: ${i.message}`;
  });
  throw new ConfigError(`invalid orchestrator configuration:\n  ${problems.join('\n  ')}`);
}
