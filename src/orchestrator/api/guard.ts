import type { Metadata } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { Status, TroupeError } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import type { GuardedCall, ServeGuard } from '../../sdk/grpc/serve.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import { PermissionDeniedError, UnauthenticatedError } from '../../sdk/security/errors.js';
import { ANONYMOUS, requireScope, type Principal, type Scope } from '../../sdk/security/scopes.js';
import { bearerToken, type TokenVerifier } from '../../sdk/security/tokens.js';
import { METHOD_RULES } from './scopes.js';

/** What {@link createApiGuard} checks against and writes to. */
export interface ApiGuardOptions {
  /** Verifies bearer tokens; undefined = auth off (every caller is anonymous, or its mTLS identity). */
  verifier: TokenVerifier | undefined;
  audit: AuditSink;
  logger: Logger;
}

/** One request as a door sees it. */
export interface AuthRequest {
  /** The `authorization` header value. */
  header: string | undefined;
  /** The scope the action needs; undefined = refused to every token (fail closed). */
  scope: Scope | undefined;
  /** The RPC name or `METHOD /route`, for messages and the audit log. */
  action: string;
  /** The call's trace, for the audit log. */
  traceId?: string;
  /** The mTLS client identity, when the transport has one. */
  peerIdentity?: string;
  /** The caller's network address, recorded with refused credentials. */
  peerAddress?: string;
  /** What the action is on (run id, workflow), recorded with a refusal. */
  target?: string;
}

/** Authenticates one request's bearer token (any door) and checks its scope; audits refusals. */
export interface Authorizer {
  /** Who is calling; throws UNAUTHENTICATED / PERMISSION_DENIED (and audits it). */
  authorize(request: AuthRequest): Promise<Principal>;
  readonly audit: AuditSink;
  readonly enabled: boolean;
}

/** The shared check behind the gRPC guard and the HTTP door. */
export function createAuthorizer(options: ApiGuardOptions): Authorizer {
  const { verifier, audit } = options;
  return {
    audit,
    enabled: verifier !== undefined,
    async authorize({ header, scope, action, traceId, peerIdentity, peerAddress, target }) {
      if (!verifier) return peerIdentity ? { ...ANONYMOUS, subject: peerIdentity, kind: 'mtls' } : ANONYMOUS;
      let principal: Principal;
      try {
        const token = bearerToken(header);
        if (!token) throw new UnauthenticatedError(header ? 'the authorization header is not "Bearer <token>"' : 'no credential: send "authorization: Bearer <token>" (troupe --token, TROUPE_TOKEN)');
        principal = await verifier.verify(token);
      } catch (err) {
        const reason = `${err instanceof Error ? err.message : String(err)}${peerAddress ? ` (from ${peerAddress})` : ''}`;
        audit.append({ actor: peerIdentity ?? 'unknown', action, ...(target ? { target } : {}), outcome: 'unauthenticated', reason, ...(traceId ? { traceId } : {}) });
        throw TroupeError.is(err) && err.code === Status.UNAUTHENTICATED ? err : new UnauthenticatedError('the credential could not be verified');
      }
      try {
        if (!scope) throw new PermissionDeniedError(`${action} is not open to API tokens`);
        requireScope(principal, scope, action);
      } catch (err) {
        audit.append({ actor: principal.subject, action, ...(target ? { target } : {}), outcome: 'denied', reason: (err as Error).message, ...(traceId ? { traceId } : {}) });
        throw err;
      }
      return principal;
    },
  };
}

const PREFIX = `/${ORCHESTRATOR_SERVICE}/`;
const methodOf = (fullPath: string): string => (fullPath.startsWith(PREFIX) ? fullPath.slice(PREFIX.length) : fullPath);

/** The identity in the caller's TLS client certificate (its CN), when the channel is mTLS. */
function peerIdentity(call: GuardedCall): string | undefined {
  const cert = call.getAuthContext().sslPeerCertificate;
  const cn = cert?.subject.CN;
  return typeof cn === 'string' && cn ? `mtls:${cn}` : undefined;
}

function header(metadata: Metadata): string | undefined {
  const value = metadata.get('authorization')[0];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The gRPC door: every OrchestratorService call is authenticated and checked
 * against {@link METHOD_RULES} before its implementation runs (inside its span);
 * refusals and the outcome of mutating calls go to the audit log.
 */
export function createApiGuard(authorizer: Authorizer): ServeGuard {
  return {
    admit(fullPath, call, { span }) {
      const method = methodOf(fullPath);
      const traceId = span.spanContext().traceId;
      const identity = peerIdentity(call);
      const target = METHOD_RULES[method]?.audit?.((call.request ?? {}) as Record<string, unknown>);
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
      if (!rule?.audit && !denied) return;
      const response = 'response' in outcome ? (outcome.response as Record<string, unknown>) : undefined;
      const req = (request ?? {}) as Record<string, unknown>;
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
