import { InMemoryAuditLog, teeAudit } from '../../sdk/security/audit.js';
import { openJetStreamAuditLog } from '../../sdk/security/audit-jetstream.js';
import { authEnabled, loadTokenVerifier } from '../../sdk/security/token-files.js';
import { ConfigError } from '../options.js';
import { createApiGuard, createAuthorizer } from './guard.js';
/** True when any API token source is configured: callers must then authenticate (the safe-default rule counts it). */
export function apiAuthConfigured(options) {
    return authEnabled({ jwksFile: options.authJwksFile, jwksUrl: options.authJwksUrl, publicKeyFile: options.authJwtPublicKeyFile, tokensFile: options.authTokensFile });
}
/**
 * Builds API auth from the options (files read now; a bad one is a ConfigError
 * naming it) and opens the audit log. With no auth option set, callers are
 * anonymous but mutating actions are still audited.
 */
export async function openApiSecurity(options, nc, logger, extra) {
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
    }
    catch (err) {
        throw new ConfigError(`API auth: ${err.message}`);
    }
    const auditLog = options.durable
        ? await openJetStreamAuditLog(nc, { maxAgeMs: options.auditMaxAgeMs, maxBytes: options.auditMaxBytes, replicas: options.storeReplicas, logger })
        : new InMemoryAuditLog();
    const audit = extra ? teeAudit(auditLog, extra) : auditLog;
    const authorizer = createAuthorizer({ verifier, audit, logger });
    logger.info({ auth: verifier ? 'on' : 'off', audit: options.durable ? 'jetstream' : 'memory' }, 'api security ready');
    return { authorizer, guard: createApiGuard(authorizer), auditLog, audit };
}
//# sourceMappingURL=security.js.map