import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { type NatsConnectSettings } from '../sdk/security/index.js';
import { type OrchestratorOptions } from './options.js';
import { Registry } from './registry/registry.js';
import { Scheduler, type Schedulable } from './scheduler/index.js';
import { type Stores } from './store/index.js';
import { RunEngine } from './workflow/engine/run-engine.js';
import type { AuditLog, AuditSink } from '../sdk/security/audit.js';
import type { AdmissionDecision } from './registry/admission.js';
/** A running orchestrator. */
export interface OrchestratorHandle {
    /** host:port of the gRPC API. */
    readonly grpcAddress: string;
    /** host:port of the HTTP endpoint, or undefined when disabled. */
    readonly httpAddress: string | undefined;
    /** True when the HTTP endpoint serves HTTPS (`httpTls`). */
    readonly httpTls: boolean;
    readonly registry: Registry;
    /** Workflows and runs. */
    readonly engine: RunEngine;
    /** The task scheduler (priority queue and limits), e.g. for its stats. */
    readonly scheduler: Scheduler<Schedulable>;
    /** This instance's id (the owner of its runs' leases). */
    readonly instanceId: string;
    /** The durable stores, when `durable` is on. */
    readonly stores: Stores | undefined;
    /** The audit log (TROUPE_AUDIT in JetStream when durable, else in memory). */
    readonly auditLog: AuditLog;
    /** Appends to the audit log (and any `services.audit`), e.g. for agent admission decisions. */
    readonly audit: AuditSink;
    /** Stops accepting calls, lets running ones finish briefly, closes NATS. Idempotent; bounded (~12 s at most) even with NATS unreachable. */
    stop(): Promise<void>;
}
/** Process-level services the orchestrator can use; all optional. */
export interface OrchestratorServices {
    logger?: Logger;
    /** Source of retry-backoff jitter in [0, 1) (tests make it deterministic). @default Math.random */
    random?: () => number;
    /** Serves Prometheus text on /metrics (from `startTelemetry({ prometheus: true })`). */
    metricsHandler?: (req: IncomingMessage, res: ServerResponse) => void;
    /**
     * Workflow definitions (JSON or YAML text) registered at start-up when no workflow of
     * their name is stored yet, e.g. the bundled podcast workflows (`troupe orchestrator`).
     */
    seedWorkflows?: readonly string[];
    /**
     * Compiled NATS settings (credentials, TLS) from `compileNatsSettings`; they win over
     * `natsUrl`. @default `natsUrl` alone (credentials in the URL are used)
     */
    nats?: NatsConnectSettings;
    /** A further sink every audit event is also sent to (besides the audit log). @default none */
    audit?: AuditSink;
    /** Called for every agent admission decision (with `agentCa` set), e.g. to write an audit log. @default none */
    onAdmission?: (decision: AdmissionDecision) => void;
    /** API callers must authenticate by other means than mTLS (tokens); counts for the safe-default rule. @default false */
    apiAuthenticated?: boolean;
    /** HTTP callers must authenticate; counts for the safe-default rule. @default false */
    httpAuthenticated?: boolean;
}
/**
 * Starts an orchestrator: connects to NATS, discovers agents into the registry
 * (one lifecycle actor each), and serves `troupe.v1.OrchestratorService` (plus
 * health and reflection) over gRPC and health/metrics over HTTP.
 */
export declare function startOrchestrator(raw: OrchestratorOptions, services?: OrchestratorServices): Promise<OrchestratorHandle>;
