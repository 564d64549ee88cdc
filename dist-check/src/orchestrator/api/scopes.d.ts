import type { Scope } from '../../sdk/security/scopes.js';
/** What a method of OrchestratorService needs, and whether (and on what) it is audited. */
export interface MethodRule {
    /** The scope a caller needs. */
    readonly scope: Scope;
    /** Mutating methods: the audit target from the request (and the response when it succeeded). */
    readonly audit?: (request: Record<string, unknown>, response?: Record<string, unknown>) => string | undefined;
}
/**
 * The one table of required scopes, per RPC. A method missing here is refused
 * to everyone when auth is on (fail closed); a unit test checks the table covers
 * every method of the service.
 */
export declare const METHOD_RULES: Readonly<Record<string, MethodRule>>;
/**
 * The HTTP routes' scopes (`/health`, `/healthz`, `/readyz`, `/metrics`, `/api/openapi.json`, the page `/` and the
 * console's files `/console…` are open: they hold no data; the console asks the API with a token).
 * Returns undefined for an open route.
 */
export declare function httpRouteScope(method: string | undefined, pathname: string): Scope | undefined;
