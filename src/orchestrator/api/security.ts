import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { ServeGuard } from '../../sdk/grpc/serve.js';
import { InMemoryAuditLog, teeAudit, type AuditLog, type AuditSink } from '../../sdk/security/audit.js';
import { openJetStreamAuditLog } from '../../sdk/security/audit-jetstream.js';
import { authEnabled, loadTokenVerifier } from '../../sdk/security/token-files.js';
import { ConfigError, type CompiledOrchestratorOptions } from '../options.js';
import { createApiGuard, createAuthorizer, type Authorizer } from './guard.js';

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
export function apiAuthConfigured(options: CompiledOrchestratorOptions): boolean {
  return authEnabled({ jwksFile: options.authJwksFile, jwksUrl: options.authJwksUrl, publicKeyFile: options.authJwtPublicKeyFile, tokensFile: options.authTokensFile });
}

/**
 * Builds API auth from the options (files read now; a bad one is a ConfigError
 * naming it) and opens the audit log. With no auth option set, callers are
 * anonymous but mutating actions are still audited.
 */
export async function openApiSecurity(options: CompiledOrchestratorOptions, nc: NatsConnection, logger: Logger, extra?: AuditSink): Promise<ApiSecurity> {
  const sources = {
    jwksFile: options.authJwksFile,
    jwksUrl: options.authJwksUrl,
    publicKeyFile: options.authJwtPublicKeyFile,
    issuer: options.authIssuer,
    audience: options.authAudience,
    tokensFile: options.authTokensFile,
  };
  let verifier;
  try {
    verifier = authEnabled(sources) ? loadTokenVerifier(sources) : undefined;
  } catch (err) {
    throw new ConfigError(`API auth: ${(err as Error).message}`);
  }
  const auditLog = options.durable
    ? await openJetStreamAuditLog(nc, { maxAgeMs: options.auditMaxAgeMs, maxBytes: options.auditMaxBytes, replicas: options.storeReplicas, logger })
    : new InMemoryAuditLog();
  const audit = extra ? teeAudit(auditLog, extra) : auditLog;
  const authorizer = createAuthorizer({ verifier, audit, logger });
  logger.info({ auth: verifier ? 'on' : 'off', audit: options.durable ? 'jetstream' : 'memory' }, 'api security ready');
  return { authorizer, guard: createApiGuard(authorizer), auditLog, audit };
}
