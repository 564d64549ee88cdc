import { Status, TroupeError } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { PermissionDeniedError, UnauthenticatedError } from '../../sdk/security/errors.js';
import { ANONYMOUS, requireScope } from '../../sdk/security/scopes.js';
import { bearerToken } from '../../sdk/security/tokens.js';
import { METHOD_RULES } from './scopes.js';
/** The shared check behind the gRPC guard and the HTTP door. */
export function createAuthorizer(options) {
    const { verifier, audit } = options;
    return {
        audit,
        enabled: verifier !== undefined,
        async authorize({ header, scope, action, traceId, peerIdentity, peerAddress, target }) {
            if (!verifier)
                return peerIdentity ? { ...ANONYMOUS, subject: peerIdentity, kind: 'mtls' } : ANONYMOUS;
            let principal;
            try {
                const token = bearerToken(header);
                if (!token)
                    throw new UnauthenticatedError(header ? 'the authorization header is not "Bearer <token>"' : 'no credential: send "authorization: Bearer <token>" (troupe --token, TROUPE_TOKEN)');
                principal = await verifier.verify(token);
            }
            catch (err) {
                const reason = `${err instanceof Error ? err.message : String(err)}${peerAddress ? ` (from ${peerAddress})` : ''}`;
                audit.append({ actor: peerIdentity ?? 'unknown', action, ...(target ? { target } : {}), outcome: 'unauthenticated', reason, ...(traceId ? { traceId } : {}) });
                throw TroupeError.is(err) && err.code === Status.UNAUTHENTICATED ? err : new UnauthenticatedError('the credential could not be verified');
            }
            try {
                if (!scope)
                    throw new PermissionDeniedError(`${action} is not open to API tokens`);
                requireScope(principal, scope, action);
            }
            catch (err) {
                audit.append({ actor: principal.subject, action, ...(target ? { target } : {}), outcome: 'denied', reason: err.message, ...(traceId ? { traceId } : {}) });
                throw err;
            }
            return principal;
        },
    };
}
const PREFIX = `/${ORCHESTRATOR_SERVICE}/`;
const methodOf = (fullPath) => (fullPath.startsWith(PREFIX) ? fullPath.slice(PREFIX.length) : fullPath);
/** The identity in the caller's TLS client certificate (its CN), when the channel is mTLS. */
function peerIdentity(call) {
    const cert = call.getAuthContext().sslPeerCertificate;
    const cn = cert?.subject.CN;
    return typeof cn === 'string' && cn ? `mtls:${cn}` : undefined;
}
function header(metadata) {
    const value = metadata.get('authorization')[0];
    return typeof value === 'string' ? value : undefined;
}
/**
 * The gRPC door: every OrchestratorService call is authenticated and checked
 * against {@link METHOD_RULES} before its implementation runs (inside its span);
 * refusals and the outcome of mutating calls go to the audit log.
 */
export function createApiGuard(authorizer) {
    return {
        admit(fullPath, call, { span }) {
            const method = methodOf(fullPath);
            const traceId = span.spanContext().traceId;
            const identity = peerIdentity(call);
            const target = METHOD_RULES[method]?.audit?.((call.request ?? {}));
            return authorizer.authorize({
                ...(target ? { target } : {}),
                header: header(call.metadata),
                scope: METHOD_RULES[method]?.scope,
                action: method,
                traceId,
                peerAddress: call.getPeer(),
                ...(identity ? { peerIdentity: identity } : {}),
            });
        },
        settle(fullPath, principal, request, outcome, { span }) {
            const method = methodOf(fullPath);
            const rule = METHOD_RULES[method];
            const error = 'error' in outcome ? outcome.error : undefined;
            const denied = TroupeError.is(error) && error.code === Status.PERMISSION_DENIED;
            // Mutating calls always; any call a handler refused (a workflow limit) too.
            if (!rule?.audit && !denied)
                return;
            const response = 'response' in outcome ? outcome.response : undefined;
            const req = (request ?? {});
            const target = rule?.audit ? rule.audit(req, response) : typeof req.runId === 'string' && req.runId ? req.runId : undefined;
            authorizer.audit.append({
                actor: principal.subject,
                action: method,
                ...(target ? { target } : {}),
                outcome: error === undefined ? 'ok' : denied ? 'denied' : 'error',
                ...(error instanceof Error ? { reason: error.message } : {}),
                traceId: span.spanContext().traceId,
            });
        },
    };
}
//# sourceMappingURL=guard.js.map