import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { ServeGuard } from '../../sdk/grpc/serve.js';
import { type AuditLog, type AuditSink } from '../../sdk/security/audit.js';
import { type CompiledOrchestratorOptions } from '../options.js';
import { type Authorizer } from './guard.js';
/** The API door's pieces: one authorizer shared by gRPC and HTTP, the gRPC guard, the audit log. */
export interface ApiSecurity {
    readonly authorizer: Authorizer;
    readonly guard: ServeGuard;
    /** Where decisions go: `TROUPE_AUDIT` in JetStream when durable, else memory. */
    readonly auditLog: AuditLog;
    /** The log plus any extra sink the embedder passed: what every decision is appended to. */
    readonly audit: AuditSink;
}
/** True when any API token source is configured: callers must then authenticate (the safe-default rule counts it). */
export declare function apiAuthConfigured(options: CompiledOrchestratorOptions): boolean;
/**
 * Builds API auth from the options (files read now; a bad one is a ConfigError
 * naming it) and opens the audit log. With no auth option set, callers are
 * anonymous but mutating actions are still audited.
 */
export declare function openApiSecurity(options: CompiledOrchestratorOptions, nc: NatsConnection, logger: Logger, extra?: AuditSink): Promise<ApiSecurity>;
