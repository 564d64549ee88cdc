/**
 * The scopes an API credential can carry. `runs:start` etc. may be limited to
 * workflows by the token (see {@link Principal.workflows}).
 */
export declare const SCOPES: readonly ["tasks:submit", "runs:start", "runs:read", "runs:cancel", "runs:signal", "workflows:read", "workflows:write", "agents:read", "agents:admin", "audit:read", "schedules:read", "schedules:write", "alerts:read", "alerts:write"];
export type Scope = (typeof SCOPES)[number];
/** Who made a call, once verified. */
export interface Principal {
    /** The JWT `sub`, the static token's name, an mTLS identity, or "anonymous" when auth is off. */
    readonly subject: string;
    /** How the caller was identified. */
    readonly kind: 'jwt' | 'static' | 'mtls' | 'anonymous';
    /** Granted scopes; `*` grants all. */
    readonly scopes: ReadonlySet<string>;
    /** Workflows the caller may start, read and cancel runs of; undefined = all. */
    readonly workflows?: ReadonlySet<string>;
}
/** The caller when API auth is off: every scope, every workflow. */
export declare const ANONYMOUS: Principal;
/** True when `principal` holds `scope` (or `*`). */
export declare function hasScope(principal: Principal, scope: Scope): boolean;
/** Throws PERMISSION_DENIED naming the scope unless `principal` holds it. */
export declare function requireScope(principal: Principal, scope: Scope, action: string): void;
/** True when `principal` may act on runs of `workflow`. */
export declare function allowsWorkflow(principal: Principal, workflow: string): boolean;
/** Throws PERMISSION_DENIED naming the workflow unless `principal` may act on it. */
export declare function requireWorkflow(principal: Principal, workflow: string, action: string): void;
/**
 * Splits granted scope strings into scopes and workflow limits: `runs:start:A`
 * grants `runs:start` limited to workflow A (limits from several entries add up).
 */
export declare function parseScopes(granted: readonly string[], workflowClaim?: readonly string[]): Pick<Principal, 'scopes' | 'workflows'>;
