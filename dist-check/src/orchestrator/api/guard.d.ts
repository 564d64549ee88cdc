import type { Logger } from 'pino';
import type { ServeGuard } from '../../sdk/grpc/serve.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import { type Principal, type Scope } from '../../sdk/security/scopes.js';
import { type TokenVerifier } from '../../sdk/security/tokens.js';
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
export declare function createAuthorizer(options: ApiGuardOptions): Authorizer;
/**
 * The gRPC door: every OrchestratorService call is authenticated and checked
 * against {@link METHOD_RULES} before its implementation runs (inside its span);
 * refusals and the outcome of mutating calls go to the audit log.
 */
export declare function createApiGuard(authorizer: Authorizer): ServeGuard;
