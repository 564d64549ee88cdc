import { SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { createActor, type Actor } from 'xstate';
import type { Logger } from 'pino';
import { statusName } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import { ATTR, getTracer, withTraceIds } from '../../../sdk/telemetry/index.js';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import { sendChecked } from '../../machines/checked-send.js';
import { runMachine, runReport, type RunEvent as RunMachineEvent } from '../../machines/run.machine.js';
import type { TaskAttempt, TaskOutcome } from '../../machines/task.machine.js';
import type { DeadLetterStore } from '../../scheduler/index.js';
import { readySteps, runOutcome, runOutput, stepScope, type CompiledStep, type CompiledWorkflow, type RunScope, type RunState } from '../definition/index.js';
import { RunEventLog } from './run-event-log.js';
import { runStep, type StepResult } from './step-runner.js';

/** What every run of an orchestrator shares. */
export interface RunDeps {
  readonly dispatcher: Dispatcher;
  readonly deadLetters: DeadLetterStore;
  readonly logger: Logger;
  readonly defaultTimeoutMs: number;
  /** Source of backoff jitter in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/** How a run is started. */
export interface RunStart {
  readonly runId: string;
  readonly workflow: CompiledWorkflow;
  readonly input: Json;
  readonly priority: number;
  readonly deadlineAt: number;
  /** Trace context of StartRun: the run span is its child. */
  readonly parent: Context;
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
  readonly #outputs: Record<string, { output: Json; status: 'succeeded' | 'failed' | 'skipped' }> = {};
  readonly #attempts = new Map<string, readonly TaskAttempt[]>();
  readonly #cancel = new AbortController();
  readonly #ctx: Context;
  readonly #logger: Logger;
  #finish!: () => void;
  #over = false;

  constructor(
    readonly start: RunStart,
    private readonly deps: RunDeps,
  ) {
    const { runId, workflow } = start;
    this.span = getTracer().startSpan('troupe.run', { kind: SpanKind.INTERNAL, attributes: { [ATTR.RUN_ID]: runId, 'troupe.workflow': workflow.name, [ATTR.PRIORITY]: start.priority } }, start.parent);
    this.#ctx = trace.setSpan(start.parent, this.span);
    this.#logger = deps.logger.child({ run_id: runId, workflow: workflow.name, ...withTraceIds(this.#ctx) });
    this.actor = createActor(runMachine, {
      input: { runId, workflow: workflow.name, stepIds: workflow.steps.map((s) => s.id), deadlineAt: start.deadlineAt, priority: start.priority, createdAt: Date.now() },
    });
    this.done = new Promise((resolve) => (this.#finish = resolve));
    this.actor.subscribe((snapshot) => {
      if (snapshot.status === 'done') this.#ended();
    });
  }

  get runId(): string {
    return this.start.runId;
  }

  get traceId(): string {
    return this.span.spanContext().traceId;
  }

  /** Starts the run's first steps. */
  begin(): void {
    this.actor.start();
    this.#send({ type: 'START', at: Date.now() });
    this.log.append({ type: 'run.started', detail: { runId: this.runId, workflow: this.start.workflow.name, traceId: this.traceId } });
    this.#advance();
  }

  /** Cancels the run and every task in flight. Returns the status after the request. */
  cancel(reason: string): string {
    if (this.actor.getSnapshot().status !== 'done') this.#send({ type: 'CANCEL', at: Date.now(), reason });
    return String(this.actor.getSnapshot().value);
  }

  /** The run's report, with every task attempt (agent instance, timings, outcome). */
  report(): Json {
    const base = runReport(this.actor.getSnapshot());
    const steps = base.steps.map((step) => ({ ...step, tasks: step.taskIds.map((id) => ({ taskId: id, attempts: this.#attempts.get(id) ?? [] })) }));
    return JSON.parse(JSON.stringify({ ...base, traceId: this.traceId, steps })) as Json;
  }

  /** A line for ListRuns. */
  summary(): Json {
    const c = this.actor.getSnapshot().context;
    return { runId: this.runId, workflow: c.workflow, status: String(this.actor.getSnapshot().value), priority: c.priority, createdAt: c.createdAt, endedAt: c.endedAt, error: c.error };
  }

  #send(event: RunMachineEvent): boolean {
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
    if (this.actor.getSnapshot().status === 'done') return;
    const { workflow } = this.start;
    const state = this.#state();
    const outcome = runOutcome(workflow, state);
    if (outcome === 'failed') {
      const failed = Object.entries(this.actor.getSnapshot().context.steps).find(([, s]) => s.status === 'failed' && !s.tolerated);
      this.#send({ type: 'FAIL', at: Date.now(), error: `step ${failed?.[0]} failed: ${failed?.[1].error ?? 'unknown error'}` });
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
    for (const step of readySteps(workflow, state).ready) void this.#run(step);
  }

  async #run(step: CompiledStep): Promise<void> {
    const result: StepResult = await runStep({
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
      send: (event) => this.#send(event),
      onAttempts: (taskId, attempts) => this.#attempts.set(taskId, attempts),
      onDeadLetter: (outcome, input) => void this.#deadLetter(step, outcome, input),
    });
    if (this.actor.getSnapshot().status === 'done') return;
    this.#outputs[step.id] = { output: result.output, status: result.status };
    this.#advance();
  }

  async #deadLetter(step: CompiledStep, outcome: TaskOutcome, input: Json): Promise<void> {
    const attempts = (this.#attempts.get(outcome.taskId) ?? []).map((a) => ({ instanceId: a.instanceId, code: a.code ?? 0, message: a.message ?? '', at: a.endedAt ?? a.startedAt }));
    const last = attempts.at(-1);
    await this.deps.deadLetters.add({
      taskId: outcome.taskId,
      runId: this.runId,
      stepId: step.id,
      capability: outcome.capability,
      attempts,
      input,
      failedAt: Date.now(),
      reason: `${outcome.attempts} attempt(s) failed${last ? `; last: ${statusName(last.code)}: ${last.message}` : ''}`,
    });
    this.log.append({ type: 'task.dead_lettered', stepId: step.id, detail: { taskId: outcome.taskId } });
  }

  #ended(): void {
    if (this.#over) return;
    this.#over = true;
    const snapshot = this.actor.getSnapshot();
    const status = String(snapshot.value);
    this.#cancel.abort(snapshot.context.cancelReason ?? `run ${status}`);
    if (!this.log.closed) {
      this.log.append({ type: `run.${status}`, detail: { status, error: snapshot.context.error, output: (snapshot.context.output ?? null) as Json, warnings: [...snapshot.context.warnings] } });
    }
    if (status === 'failed') this.span.setStatus({ code: SpanStatusCode.ERROR, message: snapshot.context.error ?? 'failed' });
    this.span.setAttribute('troupe.run.status', status);
    this.span.end();
    this.#logger.info({ status, error: snapshot.context.error }, 'run finished');
    this.actor.stop();
    this.#finish();
  }
}
