import type { Json } from '../../sdk/grpc/struct.js';
import { InvalidArgumentError } from '../../sdk/errors.js';
import { allowsWorkflow, type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { RunSummary } from '../store/run-page.js';

/** ListRuns' request as it arrives (gRPC or HTTP query): numbers may be strings (int64). */
export interface ListRunsQuery {
  readonly workflow?: string | undefined;
  readonly status?: string | undefined;
  readonly limit?: number | string | undefined;
  readonly createdAfterMs?: number | string | undefined;
  readonly createdBeforeMs?: number | string | undefined;
  readonly pageToken?: string | undefined;
}

/** A page of ListRuns, as both doors answer it. */
export interface ListRunsAnswer {
  readonly runs: Json[];
  readonly nextPageToken: string;
}

/** Runs per page when the request names no limit. */
export const DEFAULT_RUNS_PAGE = 100;

/**
 * ListRuns for gRPC and HTTP alike: a page of runs newest first, only of the workflows
 * the caller's token allows (filtered inside the page walk, so pages stay full).
 */
export async function listRuns(engine: RunEngine, principal: Principal, query: ListRunsQuery): Promise<ListRunsAnswer> {
  const page = await engine.listRuns({
    workflow: query.workflow || undefined,
    status: query.status || undefined,
    limit: number('limit', query.limit) ?? DEFAULT_RUNS_PAGE,
    createdAfter: number('created_after', query.createdAfterMs),
    createdBefore: number('created_before', query.createdBeforeMs),
    pageToken: query.pageToken || undefined,
    ...(principal.workflows === undefined ? {} : { visible: (s: RunSummary) => allowsWorkflow(principal, s.workflow) }),
  });
  return { runs: page.runs as unknown as Json[], nextPageToken: page.nextPageToken };
}

/** A query number; 0, empty or absent mean "not given". */
function number(name: string, value: number | string | undefined): number | undefined {
  if (value === undefined || value === '' || value === 0 || value === '0') return undefined;
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}
