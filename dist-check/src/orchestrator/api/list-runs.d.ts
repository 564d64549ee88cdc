import type { Json } from '../../sdk/grpc/struct.js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
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
export declare const DEFAULT_RUNS_PAGE = 100;
/**
 * ListRuns for gRPC and HTTP alike: a page of runs newest first, only of the workflows
 * the caller's token allows (filtered inside the page walk, so pages stay full).
 */
export declare function listRuns(engine: RunEngine, principal: Principal, query: ListRunsQuery): Promise<ListRunsAnswer>;
