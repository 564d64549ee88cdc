import type { Logger } from 'pino';
import { InvalidArgumentError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import { runConcurrencyKey, type CompiledWorkflow } from '../definition/index.js';
import { RunGate, type GateEntry } from './run-gate.js';
import type { RunExecutor } from './run-executor.js';

/**
 * Run-level flow control of this orchestrator's runs: a run of a workflow with
 * `max_concurrent_runs` or `concurrency` starts only when it fits, else waits
 * (`pending`, with `waiting` in its report and a `run.queued` event) and starts, in
 * order, when runs before it end. The counts are this instance's: several
 * orchestrators each apply the caps to the runs they drive.
 */
export class RunFlow {
  readonly #gate = new RunGate();

  constructor(
    private readonly runOf: (runId: string) => RunExecutor | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * The run's place in flow control; undefined for a workflow without caps. Throws
   * INVALID_ARGUMENT when its `concurrency.key` cannot be evaluated on the input.
   */
  entry(workflow: CompiledWorkflow, input: Json, runId: string): GateEntry | undefined {
    if (workflow.maxConcurrentRuns === undefined && !workflow.runConcurrency) return undefined;
    let key: string | undefined;
    try {
      key = runConcurrencyKey(workflow, input, runId);
    } catch (err) {
      throw new InvalidArgumentError(`workflow ${workflow.name}: concurrency.key: ${(err as Error).message}`, { workflow: workflow.name });
    }
    return {
      id: runId,
      workflow: workflow.name,
      ...(workflow.maxConcurrentRuns === undefined ? {} : { maxRuns: workflow.maxConcurrentRuns }),
      ...(key === undefined || !workflow.runConcurrency ? {} : { key, keyLimit: workflow.runConcurrency.limit }),
    };
  }

  /** Begins a new run now, or makes it wait its turn. */
  begin(run: RunExecutor, entry: GateEntry | undefined): void {
    if (!entry || this.#gate.enter(entry)) {
      run.begin();
      return;
    }
    const waiting = this.#gate.waiting(entry.id);
    run.wait(waiting?.reason ?? 'waiting', waiting?.position ?? 0);
  }

  /**
   * Resumes a stored run: one that was running counts as going whatever the caps (it
   * cannot be paused); one that never started waits its turn again.
   */
  resume(run: RunExecutor, workflow: CompiledWorkflow, started: boolean): void {
    let entry: GateEntry | undefined;
    try {
      entry = this.entry(workflow, run.start.input, run.runId);
    } catch (err) {
      this.logger.warn({ run_id: run.runId, err }, 'resumed run: concurrency key not evaluable; not held by flow control');
    }
    if (!entry || this.#gate.enter(entry, started)) {
      run.resume();
      return;
    }
    const waiting = this.#gate.waiting(entry.id);
    run.resume({ reason: waiting?.reason ?? 'waiting', position: waiting?.position ?? 0 });
  }

  /** A run ended or is no longer driven here: its place goes to the runs waiting for it. */
  leave(runId: string): void {
    for (const next of this.#gate.leave(runId)) {
      const run = this.runOf(next.id);
      if (run?.attached && run.actor.getSnapshot().status === 'active') run.begin();
      else this.leave(next.id); // gone meanwhile: pass its place on
    }
  }

  /** Runs going and waiting under flow control here. */
  get size(): { active: number; waiting: number } {
    return this.#gate.size;
  }
}
