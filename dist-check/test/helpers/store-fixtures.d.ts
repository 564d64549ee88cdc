import type { RunRecord } from '../../src/orchestrator/store/index.js';
/** A run record for store tests; `patch` overrides any field. */
export declare function runRecord(runId: string, patch?: Partial<RunRecord>): RunRecord;
