import { InvalidArgumentError } from '../../sdk/errors.js';
import { allowsWorkflow } from '../../sdk/security/scopes.js';
/** Runs per page when the request names no limit. */
export const DEFAULT_RUNS_PAGE = 100;
/**
 * ListRuns for gRPC and HTTP alike: a page of runs newest first, only of the workflows
 * the caller's token allows (filtered inside the page walk, so pages stay full).
 */
export async function listRuns(engine, principal, query) {
    const page = await engine.listRuns({
        workflow: query.workflow || undefined,
        status: query.status || undefined,
        limit: number('limit', query.limit) ?? DEFAULT_RUNS_PAGE,
        createdAfter: number('created_after', query.createdAfterMs),
        createdBefore: number('created_before', query.createdBeforeMs),
        pageToken: query.pageToken || undefined,
        ...(principal.workflows === undefined ? {} : { visible: (s) => allowsWorkflow(principal, s.workflow) }),
    });
    return { runs: page.runs, nextPageToken: page.nextPageToken };
}
/** A query number; 0, empty or absent mean "not given". */
function number(name, value) {
    if (value === undefined || value === '' || value === 0 || value === '0')
        return undefined;
    const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 0)
        throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
    return n;
}
//# sourceMappingURL=list-runs.js.map