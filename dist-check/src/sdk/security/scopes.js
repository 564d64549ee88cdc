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
];
/** The caller when API auth is off: every scope, every workflow. */
export const ANONYMOUS = Object.freeze({ subject: 'anonymous', kind: 'anonymous', scopes: new Set(['*']) });
/** True when `principal` holds `scope` (or `*`). */
export function hasScope(principal, scope) {
    return principal.scopes.has('*') || principal.scopes.has(scope);
}
/** Throws PERMISSION_DENIED naming the scope unless `principal` holds it. */
export function requireScope(principal, scope, action) {
    if (!hasScope(principal, scope)) {
        throw new PermissionDeniedError(`${action} needs the scope "${scope}"; ${principal.subject} has ${[...principal.scopes].join(' ') || 'none'}`, { scope });
    }
}
/** True when `principal` may act on runs of `workflow`. */
export function allowsWorkflow(principal, workflow) {
    return principal.workflows === undefined || principal.workflows.has(workflow);
}
/** Throws PERMISSION_DENIED naming the workflow unless `principal` may act on it. */
export function requireWorkflow(principal, workflow, action) {
    if (!allowsWorkflow(principal, workflow)) {
        throw new PermissionDeniedError(`${action}: ${principal.subject} is limited to workflow(s) ${[...(principal.workflows ?? [])].join(', ')}, not "${workflow}"`, { workflow });
    }
}
/**
 * Splits granted scope strings into scopes and workflow limits: `runs:start:A`
 * grants `runs:start` limited to workflow A (limits from several entries add up).
 */
export function parseScopes(granted, workflowClaim) {
    const scopes = new Set();
    const workflows = new Set(workflowClaim ?? []);
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
//# sourceMappingURL=scopes.js.map