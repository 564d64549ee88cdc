import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, trace, type Context, type Span } from '@opentelemetry/api';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '../../../sdk/grpc/payload-limits.js';
import type { Actor, Snapshot } from 'xstate';
import { createHostedActor, stopHostedActor } from '../../machines/actor-host.js';
import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import { ATTR, getTracer, withTraceIds } from '../../../sdk/telemetry/index.js';
import type { StepDispatcher } from './run-admission.js';
import { sendChecked } from '../../machines/checked-send.js';
import { reArmRunDeadline, runMachine, type RunEvent as RunMachineEvent, type RunSnapshot } from '../../machines/run.machine.js';
import type { TaskAttempt } from '../../machines/task.machine.js';
import type { RunCallback, RunRecord } from '../../store/run-record.js';
import type { DeadLetterRecord, DeadLetterStore } from '../../scheduler/index.js';
import { readySteps, runOutcome, runOutput, stepScope, type CompiledStep, type CompiledWorkflow, type RunScope, type RunState } from '../definition/index.js';
import { deadLetter } from './run-dead-letter.js';
import { RunEventLog } from './run-event-log.js';
import { attemptsOfStoredTask, buildReport } from './run-report.js';
import { RunTaskSnapshots } from './run-task-snapshots.js';
import { runStep, type StepResult } from './step-runner.js';
import { FailedPreconditionError, NotFoundError } from '../../../sdk/errors.js';
import type { StepSignal } from './step-wait.js';
import type { ChildRunHost, ParentRunLink } from './child-host.js';
import type { ChildRunPort } from './child-runs.js';
import { StepReuser, type RunReuse } from './run-reuse.js';
import { Cancellation } from '../../../sdk/util/cancellation.js';

/** How close to the run's deadline a failing step counts as failed by that deadline (timer vs wall clock). */
const DEADLINE_SLACK_MS = 10;

/** What SignalRun answers: the step's and the run's status after the signal. */
export interface SignalResult {
  readonly stepStatus: string;
  readonly runStatus: string;
}

/** What every run of an orchestrator shares. */
export interface RunDeps {
  readonly dispatcher: StepDispatcher;
  readonly deadLetters: DeadLetterStore;
  readonly logger: Logger;
  readonly defaultTimeoutMs: number;
  /** Source of backoff jitter in [0, 1). @default Math.random */
  readonly random?: () => number;
  /** Largest step output accepted (bytes of the agent's result message); over it the attempt fails with RESOURCE_EXHAUSTED. @default 67108864 */
  readonly maxPayloadBytes?: number;
  /** Raises escalations of dead letters for workflows with `on_dead_letter: escalate`. */
  readonly escalations?: { raise(record: DeadLetterRecord, workflow: string, traceId?: string): Promise<void> } | undefined;
  /** Starts and follows the child runs of `workflow` steps; without it such a step fails. */
  readonly children?: ChildRunHost;
}

/** How a run is started. */
export interface RunStart {
  readonly runId: string;
  readonly workflow: CompiledWorkflow;
  readonly input: Json;
  readonly priority: number;
  readonly deadlineAt: number;
  /** Version of the workflow definition the run follows (kept in its record). @default 0 */
  readonly workflowVersion?: number;
  /** When the run was accepted. @default now */
  readonly createdAt?: number;
  /** Resume from this stored record (restart or adoption) instead of starting afresh. */
  readonly restore?: RunRecord;
  /** StartRun's callback, kept in the record so that whoever finishes the run sends it. */
  readonly callback?: RunCallback | undefined;
  /** A child run: the run and step that started it. */
  readonly parentRun?: ParentRunLink | undefined;
  /** A replay from a dead letter's failed step: steps completed at once with the original run's outputs (run-reuse.ts). */
  readonly reuse?: RunReuse | undefined;
}

/** How a run tells its owner that its persisted state changed. */
export interface RunHooks {
  /**
   * The run actor or one of its task actors changed: persist (coalesced by the caller).
   * `progress`: the change only started work (a step or an attempt began, an agent
   * answered that it started), which may be written a little later, with the next change
   * that finishes some; otherwise work finished or the run moved on, to be written promptly.
   */
  readonly onChange?: (run: RunExecutor, progress: boolean) => void;
}

/** Task states that only mean an attempt is under way: a change into them is progress. */
const TASK_PROGRESS = new Set(['pending', 'dispatched', 'in_progress']);

/**
 * What of a run snapshot a crash must not lose: its final state, and each step's status once it
 * is past `pending` and `running` (a step that finished, waits for a signal, or was skipped).
 */
function settledMark(snapshot: RunSnapshot): string {
  let mark = snapshot.status === 'done' ? snapshot.value : '';
  for (const id of snapshot.context.stepIds) {
    const status = snapshot.context.steps[id]?.status;
    mark += status === 'pending' || status === 'running' ? ',' : `,${status}`;
  }
  return mark;
}

/**
 * One run: its XState actor (the bookkeeping and the rules: what may happen in
 * which state), its event log, its span, and the graph logic that decides which
 * steps start when. Steps without a dependency between them run in parallel.
 */
export class RunExecutor {
  readonly log = new RunEventLog();
  readonly actor: Actor<typeof runMachine>;
  readonly span: Span;
  readonly done: Promise<void>;
  readonly #outputs: Record<string, { output: Json; status: StepResult['status'] }> = {};
  readonly #attempts = new Map<string, readonly TaskAttempt[]>();
  readonly #tasks: RunTaskSnapshots;
  readonly #cancel = new Cancellation();
  /** The `wait_for_signal` steps waiting here, by step id: how to deliver their signal (made by the first). */
  #waiters: Map<string, (signal: StepSignal) => void> | undefined;
  readonly #ctx: Context;
  readonly #logger: Logger;
  readonly #hooks: RunHooks;
  readonly #createdAt: number;
  /** The run actor's latest snapshot (kept: a stopped actor's reads `stopped`); persisted form built lazily. */
  #runLatest: RunSnapshot;
  #deadlineTimer: NodeJS.Timeout | undefined;
  #finish!: () => void;
  readonly #childPort: ChildRunPort | undefined;
  #over = false;
  readonly #reuser: StepReuser | undefined;
  /** No longer driven here (lease lost, fenced, shutting down): nothing is sent or persisted. */
  #detached = false;

  /**
   * @param startContext trace context of StartRun: the run span is its child. Not kept: only the
   * run's own context is (a StartRun context held by every run in flight was ~480 bytes each).
   */
  constructor(
    readonly start: RunStart,
    private readonly deps: RunDeps,
    hooks: RunHooks = {},
    startContext: Context = ROOT_CONTEXT,
  ) {
    const { runId, workflow, restore } = start;
    this.#hooks = hooks;
    this.#createdAt = restore?.createdAt ?? start.createdAt ?? Date.now();
    // A resumed run's span continues the original run's trace (a child of its first run span).
    const parent = restore?.traceId && restore.spanId ? trace.setSpanContext(ROOT_CONTEXT, { traceId: restore.traceId, spanId: restore.spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true }) : startContext;
    const link = this.parentRun;
    this.#reuser = StepReuser.of(start.reuse, restore?.replay);
    const replayOf = this.#reuser ? { 'troupe.run.replay_of': this.#reuser.fromRunId } : {};
    this.span = getTracer().startSpan('troupe.run', { kind: SpanKind.INTERNAL, attributes: { [ATTR.RUN_ID]: runId, 'troupe.workflow': workflow.name, [ATTR.PRIORITY]: start.priority, ...(restore ? { 'troupe.run.resumed': true } : {}), ...(link ? { 'troupe.run.parent_id': link.runId, 'troupe.step.id': link.stepId } : {}), ...replayOf } }, parent);
    this.#ctx = trace.setSpan(parent, this.span);
    this.#logger = deps.logger.child({ run_id: runId, workflow: workflow.name, ...(this.#reuser ? { replay_of: this.#reuser.fromRunId } : {}), ...withTraceIds(this.#ctx) });
    const input = { runId, workflow: workflow.name, stepIds: workflow.steps.map((s) => s.id), deadlineAt: start.deadlineAt, priority: start.priority, createdAt: this.#createdAt };
    this.actor = restore ? createHostedActor(runMachine, { input, snapshot: restore.run as Snapshot<unknown> }) : createHostedActor(runMachine, { input });
    this.#tasks = new RunTaskSnapshots(restore?.tasks ?? {}, (state) => this.#changed(state !== undefined && TASK_PROGRESS.has(state)));
    this.#childPort = deps.children && { host: deps.children, depth: link?.depth ?? 0, detached: () => this.#detached, record: (taskId, snapshot) => this.#tasks.put(taskId, snapshot) };
    if (restore) {
      for (const [stepId, out] of Object.entries(restore.outputs)) this.#outputs[stepId] = { output: out.output as Json, status: out.status as StepResult['status'] };
      for (const [taskId, snap] of Object.entries(restore.tasks)) {
        const attempts = attemptsOfStoredTask(snap);
        if (attempts) this.#attempts.set(taskId, attempts);
      }
    }
    this.#runLatest = this.actor.getSnapshot();
    this.done = new Promise((resolve) => (this.#finish = resolve));
    this.#settled = settledMark(this.#runLatest);
    this.actor.subscribe((snapshot) => {
      if (snapshot.status !== 'stopped') this.#runLatest = snapshot;
      const settled = settledMark(this.#runLatest);
      this.#changed(settled === this.#settled);
      this.#settled = settled;
      if (snapshot.status === 'done') this.#ended();
    });
  }

  /** False once the run was detached (another owner drives it now, or shutdown). */
  get attached(): boolean {
    return !this.#detached;
  }

  /**
   * The run as a store record: the run actor's and every task actor's persisted
   * snapshot, step outputs, input and what is needed to resume it.
   */
  toRecord(owner: string, epoch: number): RunRecord {
    const spanContext = this.span.spanContext();
    return {
      runId: this.runId,
      workflow: this.start.workflow.name,
      workflowVersion: this.start.workflowVersion ?? this.start.restore?.workflowVersion ?? 0,
      input: this.start.input,
      priority: this.start.priority,
      deadlineAt: this.start.deadlineAt,
      createdAt: this.#createdAt,
      status: this.actor.getSnapshot().value,
      owner,
      epoch,
      run: runMachine.getPersistedSnapshot(this.#runLatest),
      tasks: this.#tasks.forRecord(this.actor.getSnapshot().context.steps),
      outputs: { ...this.#outputs },
      updatedAt: Date.now(),
      traceId: this.start.restore?.traceId ?? spanContext.traceId,
      spanId: this.start.restore?.spanId ?? spanContext.spanId,
      ...(this.callback ? { callback: this.callback } : {}),
      ...(this.parentRun ? { parent: this.parentRun } : {}),
      ...(this.#reuser ? { replay: this.#reuser.forRecord(this.actor.getSnapshot().value) } : {}),
    };
  }

  /**
   * Stops driving the run here WITHOUT recording anything more: its tasks in flight
   * are aborted, no event reaches the run actor, nothing is persisted. For a run
   * whose lease was lost or whose write was fenced, and at shutdown (after flushing).
   */
  detach(reason: string): void {
    if (this.#detached || this.#over) return;
    this.#detached = true;
    clearTimeout(this.#deadlineTimer);
    this.#logger.info({ reason }, 'run detached: no longer driven by this orchestrator');
    this.#cancel.abort(reason);
    this.span.setAttribute('troupe.run.detached', reason);
    this.span.end();
    stopHostedActor(this.actor);
    this.#finish();
  }

  /** Freezes persistence (nothing more is reported to the hooks) but keeps running; for shutdown before `detach`. */
  freeze(): void {
    this.#frozen = true;
  }

  #frozen = false;

  #changed(progress = false): void {
    if (!this.#detached && !this.#frozen && !this.#restoring) this.#hooks.onChange?.(this, progress);
  }

  /** The run snapshot's {@link settledMark} when last reported. */
  #settled = '';

  /** While the restored run actor starts: its first snapshot is the stored one, nothing to write. */
  #restoring = false;

  get runId(): string {
    return this.start.runId;
  }

  /** StartRun's callback (from the start, or the stored record of a resumed run). */
  get callback(): RunCallback | undefined {
    return this.start.callback ?? this.start.restore?.callback;
  }

  /** A child run's parent (from the start, or the stored record of a resumed run). */
  get parentRun(): ParentRunLink | undefined {
    return this.start.parentRun ?? this.start.restore?.parent;
  }

  get traceId(): string {
    return this.start.restore?.traceId ?? this.span.spanContext().traceId;
  }

  /**
   * Continues a restored run: re-arms its deadline (XState does not re-arm `after`
   * timers on restore), resumes every step that was running from its tasks'
   * snapshots (a completed step is never run again), then starts the ready steps.
   */
  resume(hold?: { reason: string; position: number }): void {
    // Starting the restored actor reports the snapshot it was restored from: the record (just
    // written by the adoption, with this owner and epoch) already holds it. Transitions from
    // here on (START, a due deadline, the next step) are written as usual.
    this.#restoring = true;
    try {
      this.actor.start();
    } finally {
      this.#restoring = false;
    }
    const snapshot = this.actor.getSnapshot();
    // A resumed run's log starts afresh on this instance; consumers see `run.started` with `resumed: true`.
    this.log.append({ type: 'run.started', detail: { runId: this.runId, workflow: this.start.workflow.name, traceId: this.traceId, resumed: true } });
    if (snapshot.status !== 'active') return;
    for (const due of reArmRunDeadline(snapshot, Date.now())) {
      const fire = (): void => {
        if (this.actor.getSnapshot().status === 'active') this.#send({ type: 'DEADLINE', at: Math.max(Date.now(), due.dueAt) });
      };
      if (due.overdue) fire();
      else {
        this.#deadlineTimer = setTimeout(fire, Math.min(2_147_483_647, due.dueAt - Date.now()));
        this.#deadlineTimer.unref();
      }
    }
    if (this.actor.getSnapshot().status !== 'active') return;
    if (this.actor.getSnapshot().value === 'pending' && hold) {
      this.wait(hold.reason, hold.position); // never started: it waits its turn again
      return;
    }
    if (this.actor.getSnapshot().value === 'pending') this.#send({ type: 'START', at: Date.now() });
    const steps = this.actor.getSnapshot().context.steps;
    for (const step of this.start.workflow.steps) {
      const state = steps[step.id];
      if (state === undefined) continue;
      // A step that finished but whose output missed the record (same tick): the machine has it.
      const finished = state.status === 'succeeded' || state.recovery !== undefined || (state.status === 'failed' && state.tolerated);
      if (finished && this.#outputs[step.id] === undefined) {
        this.#outputs[step.id] = { output: (state.output ?? null) as Json, status: state.status as StepResult['status'] };
      }
      if (state.status === 'running') void this.#run(step, { startedTaskIds: state.taskIds, taskSnapshot: (id) => this.#tasks.persisted(id) });
      // A step that waited for a signal keeps waiting here, with its original timeout.
      if (state.status === 'waiting') void this.#run(step, { startedTaskIds: [], taskSnapshot: () => undefined, ...(state.waitUntil === undefined ? {} : { waitUntil: state.waitUntil }) });
    }
    this.#advance();
  }

  /**
   * Holds the run in `pending` behind its workflow's run-level flow control
   * (`max_concurrent_runs`, per-key `concurrency`) until {@link begin}: its deadline
   * runs, it can be cancelled, and its report says why it waits.
   */
  wait(reason: string, position: number): void {
    this.#waiting = reason;
    this.actor.start();
    this.log.append({ type: 'run.queued', detail: { runId: this.runId, workflow: this.start.workflow.name, reason, position } });
    this.#logger.info({ reason, position }, 'run waits for flow control');
  }

  #waiting: string | undefined;

  /** Why the run waits before starting (flow control), while it does. */
  get waiting(): string | undefined {
    return this.#waiting !== undefined && this.actor.getSnapshot().value === 'pending' ? this.#waiting : undefined;
  }

  /** Starts the run's first steps (also after waiting, see {@link wait}). */
  begin(): void {
    this.#waiting = undefined;
    this.actor.start();
    if (this.actor.getSnapshot().status !== 'active') return; // cancelled or past its deadline while it waited
    this.#send({ type: 'START', at: Date.now() });
    this.log.append({ type: 'run.started', detail: { runId: this.runId, workflow: this.start.workflow.name, traceId: this.traceId } });
    this.#advance();
  }

  /** Cancels the run and every task in flight. Returns the status after the request. */
  cancel(reason: string): string {
    if (this.actor.getSnapshot().status !== 'done') this.#send({ type: 'CANCEL', at: Date.now(), reason });
    return this.actor.getSnapshot().value;
  }

  /**
   * SignalRun of a step driven here: delivers the signal to the waiting
   * `wait_for_signal` step (approve: it succeeds with the payload as its output;
   * reject: it fails, then its on_failure applies). NOT_FOUND for a step the
   * workflow does not have; FAILED_PRECONDITION when the step is not waiting.
   */
  signal(stepId: string, signal: StepSignal): SignalResult {
    const { workflow } = this.start;
    const step = workflow.stepsById.get(stepId);
    if (!step) throw new NotFoundError(`run ${this.runId} (workflow ${workflow.name}) has no step "${stepId}"; its steps: ${workflow.steps.map((s) => s.id).join(', ')}`, { runId: this.runId });
    const snapshot = this.actor.getSnapshot();
    const status = snapshot.context.steps[stepId]?.status ?? 'pending';
    const deliver = this.#waiters?.get(stepId);
    if (!step.wait) throw new FailedPreconditionError(`step "${stepId}" of run ${this.runId} does not wait for a signal (it calls ${step.capability}); only wait_for_signal steps take SignalRun`, { runId: this.runId });
    if (snapshot.status === 'done') throw new FailedPreconditionError(`run ${this.runId} is ${snapshot.value}; its step "${stepId}" is ${status} and takes no signal`, { runId: this.runId });
    if (status !== 'waiting' || !deliver) {
      const hint = status === 'pending' ? ' yet (its dependencies have not finished)' : '';
      throw new FailedPreconditionError(`step "${stepId}" of run ${this.runId} is ${status}, not waiting for a signal${hint}`, { runId: this.runId });
    }
    deliver(signal);
    return { stepStatus: this.actor.getSnapshot().context.steps[stepId]?.status ?? status, runStatus: this.actor.getSnapshot().value };
  }

  /** The run's report, with every task attempt (agent instance, timings, outcome). */
  report(): Json {
    const report = buildReport(this.actor.getSnapshot(), (id) => this.#attempts.get(id) ?? [], this.traceId, this.parentRun, this.#reuser?.forRecord(''));
    const waiting = this.waiting;
    return waiting === undefined ? report : { ...(report as Record<string, Json>), waiting };
  }

  /** A line for ListRuns. */
  summary(): Json {
    const c = this.actor.getSnapshot().context;
    const waiting = this.waiting;
    const parentRunId = this.parentRun?.runId;
    return { runId: this.runId, workflow: c.workflow, status: this.actor.getSnapshot().value, priority: c.priority, createdAt: c.createdAt, endedAt: c.endedAt, error: c.error, ...(waiting === undefined ? {} : { waiting }), ...(parentRunId === undefined ? {} : { parentRunId }) };
  }

  #send(event: RunMachineEvent): boolean {
    if (this.#detached) return false;
    // Steps in flight when the run ended (cancelled, failed, past its deadline) report their
    // outcome afterwards. That is expected, not an illegal transition: nothing to apply.
    if (event.type.startsWith('STEP_') && this.actor.getSnapshot().status === 'done') {
      this.#logger.debug({ event: event.type }, 'step outcome after the run ended; ignored');
      return false;
    }
    return sendChecked(this.actor, event, { machine: 'run', id: this.runId, logger: this.#logger });
  }

  #state(): RunState {
    const out: Record<string, RunState[string]> = {};
    for (const [id, step] of Object.entries(this.actor.getSnapshot().context.steps)) out[id] = step.status;
    return out;
  }

  #runScope(): RunScope {
    return { input: this.start.input, run: { id: this.runId, workflow: this.start.workflow.name }, steps: { ...this.#outputs } };
  }

  /** Starts every ready step, or ends the run when nothing is left. */
  #advance(): void {
    if (this.#detached || this.actor.getSnapshot().status === 'done') return;
    const { workflow } = this.start;
    const state = this.#state();
    const outcome = runOutcome(workflow, state);
    if (outcome === 'failed') {
      const now = Date.now();
      // A step's deadline is cut to the run's: its timeout and the run's deadline timer fire together,
      // and whichever runs first, the run failed because its deadline passed (the step keeps its error).
      // A timer may fire a millisecond or two before Date.now() reaches its due time: hence the slack.
      if (now >= this.start.deadlineAt - DEADLINE_SLACK_MS) {
        this.#send({ type: 'DEADLINE', at: now });
        return;
      }
      const failed = Object.entries(this.actor.getSnapshot().context.steps).find(([, s]) => s.status === 'failed' && !s.tolerated);
      this.#send({ type: 'FAIL', at: now, error: `step ${failed?.[0]} failed: ${failed?.[1].error ?? 'unknown error'}` });
      return;
    }
    if (outcome === 'completed' || outcome === 'completed_with_warnings') {
      const warnings = Object.entries(this.actor.getSnapshot().context.steps).flatMap(([id, s]) => s.warnings.map((w) => `${id}: ${w}`));
      let output: Json = null;
      try {
        output = runOutput(workflow, stepScope(this.#runScope()));
      } catch (err) {
        warnings.push(`output: ${(err as Error).message}`);
      }
      this.#send({ type: 'COMPLETE', at: Date.now(), output, warnings });
      return;
    }
    const { ready } = readySteps(workflow, state);
    const reuse = { runId: this.runId, send: (e: RunMachineEvent) => this.#send(e), log: this.log, done: (id: string, output: Json) => {
        this.#outputs[id] = { output, status: 'succeeded' };
      } };
    if (this.#reuser?.completeReady(ready, reuse)) return this.#advance(); // their dependents may be reused too
    for (const step of ready) void this.#run(step);
  }

  async #run(step: CompiledStep, resume?: { startedTaskIds: readonly string[]; taskSnapshot: (taskId: string) => unknown; waitUntil?: number }): Promise<void> {
    const result: StepResult = await runStep({
      ...(resume ? { resume } : {}),
      onTask: (taskId, actor) => this.#tasks.track(taskId, actor),
      ...(this.#childPort ? { children: this.#childPort } : {}),
      inbox: {
        listen: (stepId, deliver) => {
          const waiters = (this.#waiters ??= new Map());
          waiters.set(stepId, deliver);
          return () => {
            if (waiters.get(stepId) === deliver) waiters.delete(stepId);
          };
        },
      },
      step,
      runScope: this.#runScope(),
      runId: this.runId,
      priority: this.start.priority,
      runDeadline: this.start.deadlineAt,
      defaultTimeoutMs: this.deps.defaultTimeoutMs,
      signal: this.#cancel.signal,
      parent: this.#ctx,
      log: this.log,
      dispatcher: this.deps.dispatcher,
      logger: this.#logger,
      random: this.deps.random ?? Math.random,
      maxPayloadBytes: this.deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
      send: (event) => this.#send(event),
      onAttempts: (taskId, attempts) => this.#attempts.set(taskId, attempts),
      onDeadLetter: (outcome, input) =>
        void deadLetter(
          { runId: this.runId, stepId: step.id, outcome, input, attempts: this.#attempts.get(outcome.taskId) ?? [] },
          {
            store: this.deps.deadLetters,
            log: this.log,
            logger: this.#logger,
            escalate: this.start.workflow.definition.on_dead_letter === 'escalate' ? (record) => this.deps.escalations?.raise(record, this.start.workflow.name, this.traceId) ?? Promise.resolve() : undefined,
          },
        ),
    });
    if (this.#detached || this.actor.getSnapshot().status === 'done') return;
    this.#outputs[step.id] = { output: result.output, status: result.status };
    this.#changed();
    this.#advance();
  }

  #ended(): void {
    if (this.#over || this.#detached) return;
    this.#over = true;
    clearTimeout(this.#deadlineTimer);
    const snapshot = this.actor.getSnapshot();
    const status = snapshot.value;
    this.#cancel.abort(snapshot.context.cancelReason ?? `run ${status}`);
    if (!this.log.closed) {
      this.log.append({ type: `run.${status}`, detail: { status, error: snapshot.context.error, output: (snapshot.context.output ?? null) as Json, warnings: [...snapshot.context.warnings] } });
    }
    if (status === 'failed') this.span.setStatus({ code: SpanStatusCode.ERROR, message: snapshot.context.error ?? 'failed' });
    this.span.setAttribute('troupe.run.status', status);
    this.span.end();
    this.#logger.info({ status, error: snapshot.context.error }, 'run finished');
    stopHostedActor(this.actor);
    this.#finish();
  }
}
