/** Statuses after which a run never changes again (and may be removed by retention). */
export const FINISHED_RUN_STATUSES = new Set(['completed', 'failed', 'cancelled']);
/** True for a finished run: completed, failed or cancelled. */
export function isFinishedStatus(status) {
    return FINISHED_RUN_STATUSES.has(status);
}
/** A finished stored run as retention sees it (its record's `updatedAt` is when it finished). */
export function finishedRunOf({ record, revision }) {
    return { runId: record.runId, revision, createdAt: record.createdAt, endedAt: record.updatedAt };
}
/** Sorts stored runs oldest first (createdAt, then run id). @internal */
export function byCreatedAt(a, b) {
    return a.record.createdAt - b.record.createdAt || (a.record.runId < b.record.runId ? -1 : a.record.runId > b.record.runId ? 1 : 0);
}
//# sourceMappingURL=run-record.js.map