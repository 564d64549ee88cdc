/** A run record for store tests; `patch` overrides any field. */
export function runRecord(runId, patch = {}) {
    return {
        runId,
        workflow: 'podcast',
        workflowVersion: 1,
        input: { topic: 'otters' },
        priority: 3,
        deadlineAt: null,
        createdAt: 1_000,
        status: 'running',
        owner: 'orch-a',
        epoch: 1,
        run: { value: 'running', context: { runId } },
        tasks: {},
        outputs: {},
        updatedAt: 1_000,
        ...patch,
    };
}
//# sourceMappingURL=store-fixtures.js.map