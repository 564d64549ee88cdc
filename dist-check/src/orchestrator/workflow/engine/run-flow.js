import { InvalidArgumentError } from '../../../sdk/errors.js';
import { runConcurrencyKey } from '../definition/index.js';
import { RunGate } from './run-gate.js';
/**
 * Run-level flow control of this orchestrator's runs: a run of a workflow with
 * `max_concurrent_runs` or `concurrency` starts only when it fits, else waits
 * (`pending`, with `waiting` in its report and a `run.queued` event) and starts, in
 * order, when runs before it end. The counts are this instance's: several
 * orchestrators each apply the caps to the runs they drive.
 */
export class RunFlow {
    runOf;
    logger;
    #gate = new RunGate();
    constructor(runOf, logger) {
        this.runOf = runOf;
        this.logger = logger;
    }
    /**
     * The run's place in flow control; undefined for a workflow without caps. Throws
     * INVALID_ARGUMENT when its `concurrency.key` cannot be evaluated on the input.
     */
    entry(workflow, input, runId) {
        if (workflow.maxConcurrentRuns === undefined && !workflow.runConcurrency)
            return undefined;
        let key;
        try {
            key = runConcurrencyKey(workflow, input, runId);
        }
        catch (err) {
            throw new InvalidArgumentError(`workflow ${workflow.name}: concurrency.key: ${err.message}`, { workflow: workflow.name });
        }
        return {
            id: runId,
            workflow: workflow.name,
            arrivedAt: Date.now(),
            ...(workflow.maxConcurrentRuns === undefined ? {} : { maxRuns: workflow.maxConcurrentRuns }),
            ...(key === undefined || !workflow.runConcurrency ? {} : { key, keyLimit: workflow.runConcurrency.limit }),
        };
    }
    /** Begins a new run now, or makes it wait its turn. */
    begin(run, entry) {
        if (!entry || this.#gate.enter(entry)) {
            run.begin();
            return;
        }
        const waiting = this.#gate.waiting(entry.id);
        run.wait(waiting?.reason ?? 'waiting', waiting?.position ?? 0);
    }
    /**
     * Resumes a stored run: one that was running counts as going whatever the caps (it
     * cannot be paused); one that never started waits again, at its place by creation
     * time, until {@link settle} (after the adoption pass, once the runs it waited
     * behind are back too).
     */
    resume(run, workflow, started, createdAt) {
        let entry;
        try {
            entry = this.entry(workflow, run.start.input, run.runId);
        }
        catch (err) {
            this.logger.warn({ run_id: run.runId, err }, 'resumed run: concurrency key not evaluable; not held by flow control');
        }
        if (!entry) {
            run.resume();
            return;
        }
        if (started) {
            this.#gate.enter(entry, true);
            run.resume();
            return;
        }
        this.#gate.hold({ ...entry, arrivedAt: createdAt });
        this.#held.add(entry.id);
        run.resume({ reason: 'resumed: waits for the adoption pass to finish', position: 0 });
    }
    #held = new Set();
    /** Starts the held runs that fit (after an adoption pass); the others learn why they still wait. */
    settle() {
        this.#begin(this.#gate.pump());
        for (const id of this.#held) {
            const waiting = this.#gate.waiting(id);
            if (waiting)
                this.runOf(id)?.wait(waiting.reason, waiting.position);
        }
        this.#held.clear();
    }
    /** A run ended or is no longer driven here: its place goes to the runs waiting for it. */
    leave(runId) {
        this.#begin(this.#gate.leave(runId));
    }
    #begin(entries) {
        for (const next of entries) {
            const run = this.runOf(next.id);
            if (run?.attached && run.actor.getSnapshot().status === 'active')
                run.begin();
            else
                this.leave(next.id); // gone meanwhile: pass its place on
        }
    }
    /** Runs going and waiting under flow control here. */
    get size() {
        return this.#gate.size;
    }
}
//# sourceMappingURL=run-flow.js.map