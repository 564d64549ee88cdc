import { z } from 'zod';
/** How the orchestrator picks among the active instances offering a capability. */
export declare const SELECTION_STRATEGIES: readonly ["round_robin", "least_in_flight", "weighted", "fastest", "most_reliable", "cheapest"];
export type SelectionStrategy = (typeof SELECTION_STRATEGIES)[number];
declare const schema: z.ZodObject<{
    natsUrl: z.ZodString;
    grpcHost: z.ZodDefault<z.ZodString>;
    grpcPort: z.ZodDefault<z.ZodNumber>;
    httpPort: z.ZodDefault<z.ZodNumber>;
    selection: z.ZodDefault<z.ZodEnum<{
        round_robin: "round_robin";
        least_in_flight: "least_in_flight";
        weighted: "weighted";
        fastest: "fastest";
        most_reliable: "most_reliable";
        cheapest: "cheapest";
    }>>;
    capabilitySelection: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodEnum<{
        round_robin: "round_robin";
        least_in_flight: "least_in_flight";
        weighted: "weighted";
        fastest: "fastest";
        most_reliable: "most_reliable";
        cheapest: "cheapest";
    }>>>;
    agentRate: z.ZodOptional<z.ZodObject<{
        ratePerSecond: z.ZodNumber;
        burst: z.ZodNumber;
    }, z.core.$strict>>;
    defaultTimeoutMs: z.ZodDefault<z.ZodNumber>;
    maxPayloadBytes: z.ZodDefault<z.ZodNumber>;
    maxMessageBytes: z.ZodOptional<z.ZodNumber>;
    heartbeatIntervalMs: z.ZodDefault<z.ZodNumber>;
    discoveryWaitMs: z.ZodDefault<z.ZodNumber>;
    breakerFailureThreshold: z.ZodDefault<z.ZodNumber>;
    breakerOpenMs: z.ZodDefault<z.ZodNumber>;
    demoteBelowPercent: z.ZodDefault<z.ZodNumber>;
    demoteWindow: z.ZodDefault<z.ZodNumber>;
    demoteMinSamples: z.ZodDefault<z.ZodNumber>;
    demoteCooldownMs: z.ZodDefault<z.ZodNumber>;
    useChannels: z.ZodDefault<z.ZodBoolean>;
    maxConcurrentTasks: z.ZodDefault<z.ZodNumber>;
    bulkMaxInFlight: z.ZodDefault<z.ZodNumber>;
    queueCapacity: z.ZodDefault<z.ZodNumber>;
    capabilityConcurrency: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    capabilityRates: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        ratePerSecond: z.ZodNumber;
        burst: z.ZodNumber;
    }, z.core.$strict>>>;
    durable: z.ZodDefault<z.ZodBoolean>;
    instanceId: z.ZodOptional<z.ZodString>;
    leaseTtlMs: z.ZodDefault<z.ZodNumber>;
    leaseRenewMs: z.ZodDefault<z.ZodNumber>;
    storeReplicas: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<3>, z.ZodLiteral<5>]>>;
    storeElectionRetryMs: z.ZodDefault<z.ZodNumber>;
    retentionMaxAgeMs: z.ZodDefault<z.ZodNumber>;
    retentionMaxCount: z.ZodDefault<z.ZodNumber>;
    maxActiveRuns: z.ZodDefault<z.ZodNumber>;
    payloadMaxAgeMs: z.ZodDefault<z.ZodNumber>;
    maxFinishedRuns: z.ZodDefault<z.ZodNumber>;
    retentionSweepMs: z.ZodDefault<z.ZodNumber>;
    schedulePendingGraceMs: z.ZodDefault<z.ZodNumber>;
    eventSubjects: z.ZodDefault<z.ZodString>;
    eventsMaxAgeMs: z.ZodDefault<z.ZodNumber>;
    eventsMaxBytes: z.ZodDefault<z.ZodNumber>;
    triggerAckWaitMs: z.ZodDefault<z.ZodNumber>;
    triggerMaxInFlight: z.ZodDefault<z.ZodNumber>;
    authJwksFile: z.ZodOptional<z.ZodString>;
    authJwksUrl: z.ZodOptional<z.ZodURL>;
    authJwtPublicKeyFile: z.ZodOptional<z.ZodString>;
    authIssuer: z.ZodOptional<z.ZodString>;
    authAudience: z.ZodOptional<z.ZodString>;
    authTokensFile: z.ZodOptional<z.ZodString>;
    auditMaxAgeMs: z.ZodDefault<z.ZodNumber>;
    auditMaxBytes: z.ZodDefault<z.ZodNumber>;
    webhookSecretFile: z.ZodOptional<z.ZodString>;
    webhookAllow: z.ZodOptional<z.ZodString>;
    escalationUrl: z.ZodOptional<z.ZodString>;
    escalationSecretId: z.ZodDefault<z.ZodString>;
    webhookMaxAttempts: z.ZodDefault<z.ZodNumber>;
    webhookBackoffMs: z.ZodDefault<z.ZodNumber>;
    webhookTimeoutMs: z.ZodDefault<z.ZodNumber>;
    taskResultsMax: z.ZodDefault<z.ZodNumber>;
    taskResultsTtlMs: z.ZodDefault<z.ZodNumber>;
    httpHost: z.ZodOptional<z.ZodString>;
    jaegerUiUrl: z.ZodOptional<z.ZodURL>;
    jaegerQueryUrl: z.ZodOptional<z.ZodURL>;
    jaegerQueryTimeoutMs: z.ZodDefault<z.ZodNumber>;
    httpTls: z.ZodOptional<z.ZodBoolean>;
    tlsCert: z.ZodOptional<z.ZodString>;
    tlsKey: z.ZodOptional<z.ZodString>;
    tlsClientCa: z.ZodOptional<z.ZodString>;
    agentCa: z.ZodOptional<z.ZodString>;
    agentClientCert: z.ZodOptional<z.ZodString>;
    agentClientKey: z.ZodOptional<z.ZodString>;
    insecure: z.ZodDefault<z.ZodBoolean>;
    workflowMaxBytes: z.ZodDefault<z.ZodNumber>;
    workflowMaxDepth: z.ZodDefault<z.ZodNumber>;
    workflowMaxSteps: z.ZodDefault<z.ZodNumber>;
    logLevel: z.ZodDefault<z.ZodEnum<{
        fatal: "fatal";
        error: "error";
        warn: "warn";
        info: "info";
        debug: "debug";
        trace: "trace";
        silent: "silent";
    }>>;
}, z.core.$strict>;
/** The subjects of an `eventSubjects` setting ([] for "none"). */
export declare function eventSubjectList(setting: string): string[];
/** Raw options, as read from the environment or a config file. */
export type OrchestratorOptions = z.input<typeof schema>;
/** Options after defaults and validation. */
export type CompiledOrchestratorOptions = z.output<typeof schema> & {
    readonly maxMessageBytes: number;
};
/** Thrown at start-up for a bad option; the message names the setting. */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
}
/** Applies defaults and validates once; throws a ConfigError naming every bad setting. */
export declare function compileOrchestratorOptions(options: OrchestratorOptions): CompiledOrchestratorOptions;
export {};
