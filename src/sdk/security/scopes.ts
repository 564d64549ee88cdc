import { PermissionDeniedError } from './errors.js';

/**
 * The scopes an API credential can carry. `runs:start` etc. may be limited to
 * workflows by the token (see {@link Principal.workflows}).
 */
export const SCOPES = [
  'tasks:submit',
  'runs:start',
  'runs:read',
  'runs:cancel',
  'runs:signal',
  'workflows:read',
  'workflows:write',
  'agents:read',
  'agents:admin',
  'audit:read',
  'schedules:read',
  'schedules:write',
  'alerts:read',
  'alerts:write',
] as const;
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
export const ANONYMOUS: Principal = Object.freeze({ subject: 'anonymous', kind: 'anonymous', scopes: new Set(['*']) });

/** True when `principal` holds `scope` (or `*`). */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.has('*') || principal.scopes.has(scope);
}

/** Throws PERMISSION_DENIED naming the scope unless `principal` holds it. */
export function requireScope(principal: Principal, scope: Scope, action: string): void {
  if (!hasScope(principal, scope)) {
    throw new PermissionDeniedError(`${action} needs the scope "${scope}"; ${principal.subject} has ${[...principal.scopes].join(' ') || 'none'}`, { scope });
  }
}

/** True when `principal` may act on runs of `workflow`. */
export function allowsWorkflow(principal: Principal, workflow: string): boolean {
  return principal.workflows === undefined || principal.workflows.has(workflow);
}

/** Throws PERMISSION_DENIED naming the workflow unless `principal` may act on it. */
export function requireWorkflow(principal: Principal, workflow: string, action: string): void {
  if (!allowsWorkflow(principal, workflow)) {
    throw new PermissionDeniedError(`${action}: ${principal.subject} is limited to workflow(s) ${[...(principal.workflows ?? [])].join(', ')}, not "${workflow}"`, { workflow });
  }
}

/**
 * Splits granted scope strings into scopes and workflow limits: `runs:start:A`
 * grants `runs:start` limited to workflow A (limits from several entries add up).
 */
export function parseScopes(granted: readonly string[], workflowClaim?: readonly string[]): Pick<Principal, 'scopes' | 'workflows'> {
  const scopes = new Set<string>();
  const workflows = new Set<string>(workflowClaim ?? []);
  let limited = workflowClaim !== undefined;
  for (const entry of granted) {
    const [resource, verb, ...rest] = entry.split(':');
    if (resource === undefined || verb === undefined) {
      scopes.add(entry);
      continue;
    }
    scopes.add(`${resource}:${verb}`);
    if (rest.length > 0) {
      limited = true;
      workflows.add(rest.join(':'));
    }
  }
  return limited ? { scopes, workflows } : { scopes };
}
