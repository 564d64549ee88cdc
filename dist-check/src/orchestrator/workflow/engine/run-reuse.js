/**
 * The outputs of the original run's steps a replay from `failedStepId` reuses, by step id.
 * A step is reused when it succeeded (not skipped, not recovered by `on_failure`, not failed
 * with `continue_on: any`), is not the failed step, and every step it depends on is reused
 * too: so the failed step and everything downstream of it run again, and so does a step
 * downstream of one that runs again (its output could change). `steps` come in dependency
 * order (as {@link CompiledWorkflow.steps} do).
 *
 * @example
 * reusableOutputs([{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a'] }], [{ id: 'a', status: 'succeeded', output: 1 }, { id: 'b', status: 'failed' }], 'b') // { a: 1 }
 */
export function reusableOutputs(steps, original, failedStepId) {
    const byId = new Map(original.map((s) => [s.id, s]));
    const reused = {};
    for (const step of steps) {
        const was = byId.get(step.id);
        if (step.id === failedStepId || was?.status !== 'succeeded')
            continue;
        if (!step.dependsOn.every((dep) => Object.hasOwn(reused, dep)))
            continue;
        reused[step.id] = (was.output ?? null);
    }
    return reused;
}
/**
 * The run-side half of a replay from a failed step: completes each reused step at once
 * with the original run's output (through the run machine's ordinary `STEP_STARTED` /
 * `STEP_SUCCEEDED`, so later steps' expressions see it exactly as in the original run),
 * logs `step.reused`, and says what the run record keeps of it.
 */
export class StepReuser {
    #reuse;
    #reused;
    constructor(reuse, reused) {
        this.#reuse = reuse;
        this.#reused = new Set(reused);
    }
    /** For a new replay run (`reuse`) or one restored from its record (`replay`); undefined for any other run. */
    static of(reuse, replay) {
        if (reuse)
            return new StepReuser(reuse, Object.keys(reuse.outputs));
        if (!replay)
            return undefined;
        return new StepReuser({ fromRunId: replay.runId, stepId: replay.stepId, outputs: (replay.outputs ?? {}) }, replay.reused);
    }
    get fromRunId() {
        return this.#reuse.fromRunId;
    }
    /**
     * Completes the `ready` steps that are reused; true when it completed any (the caller
     * then looks again for ready steps: their dependents may be reused too). The run must be running.
     */
    completeReady(ready, target) {
        let any = false;
        for (const step of ready) {
            if (!Object.hasOwn(this.#reuse.outputs, step.id))
                continue;
            const output = this.#reuse.outputs[step.id] ?? null;
            const at = Date.now();
            // The placeholder task id convention of step-runner.ts: no task is dispatched.
            if (!target.send({ type: 'STEP_STARTED', at, stepId: step.id, taskId: `${target.runId}.${step.id}` }))
                continue;
            if (!target.send({ type: 'STEP_SUCCEEDED', at, stepId: step.id, output, attempts: 0 }))
                continue;
            target.log.append({ type: 'step.reused', stepId: step.id, detail: { fromRunId: this.#reuse.fromRunId } });
            target.done(step.id, output);
            any = true;
        }
        return any;
    }
    /**
     * The record's `replay`: the reused outputs are kept only while the run has not started
     * (it may wait behind flow control, across a restart); once it starts they are in the
     * run's own outputs, completed in the same tick as `START`.
     */
    forRecord(status) {
        const { fromRunId, stepId, outputs } = this.#reuse;
        return { runId: fromRunId, stepId, reused: [...this.#reused], ...(status === 'pending' ? { outputs } : {}) };
    }
    /** `report` (a run report) with `replayOf` and its reused steps marked `reused` / `reusedFrom` (and no placeholder task). */
    static mark(report, replay) {
        if (!replay)
            return report;
        const reused = new Set(replay.reused);
        const steps = report.steps.map((s) => (reused.has(s.id) ? { ...s, taskIds: [], tasks: [], reused: true, reusedFrom: replay.runId } : s));
        return { ...report, replayOf: { runId: replay.runId, stepId: replay.stepId }, steps };
    }
}
//# sourceMappingURL=run-reuse.js.map