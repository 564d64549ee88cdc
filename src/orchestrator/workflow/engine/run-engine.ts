import { randomUUID } from 'node:crypto';
import type { Context } from '@opentelemetry/api';
import { InvalidArgumentError, NotFoundError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import { instruments } from '../../../sdk/telemetry/index.js';
import type { Registry } from '../../registry/registry.js';
import { childCycleProblem, childWorkflowsOf, listProblems, loadDefinition, missingInput, parseDefinitionText, validateDefinition, type CompiledWorkflow, type DefinitionLimits } from '../definition/index.js';
import { isFinishedStatus, type RunCallback, type StoredRun } from '../../store/run-record.js';
import { checkPageFilter, pageOf, type RunPage, type RunPageFilter, type RunSummary } from '../../store/run-page.js';
import type { WorkflowStore } from '../workflow-store.js';
import { RunAdmission } from './run-admission.js';
import { DurableRuns, type RunDurability } from './run-durability.js';
import type { RunEvent } from './run-event-log.js';
import { followStoredRun } from './run-follow.js';
import { RunExecutor, type RunDeps, type SignalResult } from './run-executor.js';
import { childRunHost, type ParentRunLink } from './child-host.js';
import type { StepSignal } from './step-wait.js';
import { RunFlow } from './run-flow.js';
import type { RunReuse } from './run-reuse.js';
import type { GateEntry } from './run-gate.js';
import { reportFromRecord } from './run-report.js';
import { recommendations, type RunLike } from './run-recommendations.js';

export type { RunDurability } from './run-durability.js';

/** Options of the {@link RunEngine}. */
export interface RunEngineOptions extends RunDeps {
  readonly registry: Registry;
  readonly workflows: WorkflowStore;
  /** Time budget of a run that sets none. @default 3600000 */
  readonly defaultRunTimeoutMs?: number;
  /** Finished runs kept for GetRun/ListRuns; the oldest are forgotten first. @default 1000 */
  readonly maxFinishedRuns?: number;
  /** Persist runs and resume them after a crash; in memory only when absent. */
  readonly durable?: RunDurability;
  /** Unfinished runs driven here at most; StartRun beyond it answers RESOURCE_EXHAUSTED at once. @default 5000 */
  readonly maxActiveRuns?: number;
  /** Bounds on definitions RegisterWorkflow accepts. @default DEFAULT_DEFINITION_LIMITS */
  readonly definitionLimits?: DefinitionLimits;
  /** Runs on a valid definition before it is stored (e.g. to check and bind its triggers); throwing refuses the registration. */
  readonly beforeRegister?: (workflow: CompiledWorkflow) => Promise<void>;
}

/** What StartRun asks for. */
export interface StartRunRequest {
  workflow: string;
  input: Json;
  idempotencyKey: string;
  priority: number;
  timeoutMs: number;
  traceContext: Context;
  /** Where to POST the run's result when it ends (kept in a durable run's record). */
  callback?: RunCallback | undefined;
  /** A child run (started by a `workflow` step): its parent run and step. */
  parentRun?: ParentRunLink | undefined;
  /** Run this version of the workflow (it must still be kept) rather than the latest. */
  workflowVersion?: number | undefined;
  /** A replay from a dead letter's failed step: steps completed with the original run's outputs (run-reuse.ts). */
  reuse?: RunReuse | undefined;
}

/**
 * Workflows and runs: registers definitions (validated against the capabilities the
 * registry has seen), starts runs (idempotently), and answers for them while they
 * run and after. With `durable` (see {@link DurableRuns}) every run is persisted as it goes and resumed after a crash.
 */
export class RunEngine {
  readonly #compiled = new Map<string, CompiledWorkflow>();
  readonly #runs = new Map<string, RunExecutor>();
  readonly #byKey = new Map<string, string>();
  readonly #durable: DurableRuns | undefined;
  /** Overload is refused at the door; admitted runs' steps wait for queue room instead of failing. */
  readonly admission: RunAdmission;
  readonly #deps: RunEngineOptions;
  /** Run-level flow control (max_concurrent_runs, per-key concurrency) of the runs driven here. */
  readonly #flow: RunFlow;

  constructor(private readonly options: RunEngineOptions) {
    this.admission = new RunAdmission({ ...(options.maxActiveRuns !== undefined ? { maxActiveRuns: options.maxActiveRuns } : {}) });
    this.#deps = { ...options, dispatcher: this.admission.gate(options.dispatcher), children: this.#childHost() };
    this.#flow = new RunFlow((runId) => this.#runs.get(runId), options.logger);
    this.#durable = options.durable
      ? new DurableRuns(options.durable, {
          logger: options.logger,
          driven: (runId) => this.#runs.get(runId)?.attached === true,
          resume: async (stored, epoch) => this.#resume(stored, epoch, await this.#workflowAt(stored.record.workflow, stored.record.workflowVersion)),
          drop: (runId, reason) => this.dropRun(runId, reason),
          settled: () => this.#flow.settle(),
          removed: (runId) => {
            const run = this.#runs.get(runId);
            if (run && (!run.attached || run.actor.getSnapshot().status === 'done')) this.#runs.delete(runId);
          },
          cancel: (runId, reason) => {
            const run = this.#runs.get(runId);
            return run?.attached ? run.cancel(reason) : undefined;
          },
          signal: ({ runId, stepId, ...signal }) => {
            const run = this.#runs.get(runId);
            return run?.attached ? run.signal(stepId, signal) : undefined;
          },
        })
      : undefined;
  }

  /** How `workflow` steps start their child runs (StartRun's path) and wait for them, here or elsewhere (child-host.ts). */
  #childHost(): RunDeps['children'] {
    return childRunHost({
      start: (req) => this.startRun(req),
      cancel: (runId, reason) => this.cancelRun(runId, reason),
      local: (runId) => this.#runs.get(runId),
      ...(this.options.durable ? { durable: { stored: (runId) => this.#durable!.stored(runId), follow: this.options.durable.runs.watch?.bind(this.options.durable.runs) } } : {}),
    });
  }

  /**
   * Durable mode: resumes the unfinished runs this instance owned in an earlier life
   * (and any whose owner's lease expired), then keeps adopting the runs of dead
   * owners and sweeping retention. Call once agents are discoverable. Resolves after
   * the first adoption pass with the number of runs resumed.
   */
  startDurability(): Promise<number> {
    return this.#durable?.start() ?? Promise.resolve(0);
  }

  /** One adoption pass (durable mode); resolves with the number of runs resumed. */
  adoptRuns(): Promise<number> {
    return this.#durable?.adopt() ?? Promise.resolve(0);
  }

  /** One retention pass (durable mode): removes old finished runs from the store and memory. */
  sweepRetention(now: number = Date.now()): Promise<string[]> {
    return this.#durable?.sweep(now) ?? Promise.resolve([]);
  }

  #resume(stored: StoredRun, epoch: number, workflow: CompiledWorkflow): void {
    const { record } = stored;
    const deadlineAt = record.deadlineAt ?? Date.now() + (this.options.defaultRunTimeoutMs ?? 3_600_000);
    const run = new RunExecutor(
      { runId: record.runId, workflow, input: record.input as Json, priority: record.priority, deadlineAt, workflowVersion: record.workflowVersion, restore: record },
      this.#deps,
      this.#durable?.hooks(),
    );
    this.#runs.set(record.runId, run);
    this.#whenDone(run, this.admission.count()); // an adopted run is never refused
    if (record.callback) this.#onResumed?.(record.runId, record.callback, run.traceId);
    this.options.logger.info({ run_id: record.runId, workflow: record.workflow, epoch, previous_owner: record.owner }, 'resuming run');
    this.#flow.resume(run, workflow, record.status !== 'pending', record.createdAt);
  }

  #onResumed: ((runId: string, callback: RunCallback, traceId: string) => void) | undefined;

  /** Called for each run resumed here (restart or adoption) that has a callback, so it is still sent. */
  onResumedCallback(listener: (runId: string, callback: RunCallback, traceId: string) => void): void {
    this.#onResumed = listener;
  }

  /** Resolves when the run `runId`, driven here, ends; undefined when it is not driven here. */
  whenFinished(runId: string): Promise<void> | undefined {
    const run = this.#runs.get(runId);
    return run?.attached ? run.done : undefined;
  }

  /** Stops driving `runId` here without writing anything more (lease lost, fenced). */
  dropRun(runId: string, reason: string): void {
    this.#durable?.dropped(runId);
    const run = this.#runs.get(runId);
    if (!run?.attached) return;
    this.options.logger.warn({ run_id: runId, reason }, 'dropping run: another orchestrator owns it now');
    run.detach(reason);
    this.#runs.delete(runId);
  }

  #whenDone(run: RunExecutor, release: () => void): void {
    void run.done.then(async () => {
      release();
      if (run.attached) instruments().runsFinished.add(1, { status: run.actor.getSnapshot().value });
      this.#flow.leave(run.runId);
      await this.#durable?.finished(run);
      this.#prune(run.runId);
    });
  }

  async #workflowAt(name: string, version: number): Promise<CompiledWorkflow> {
    const store = this.options.workflows;
    const cached = this.#compiledVersions.get(`${name}@${version}`);
    if (cached) return cached;
    const stored = store.versions ? (await store.versions(name)).find((w) => w.version === version) : undefined;
    if (!stored) return this.#workflow(name); // that version is no longer kept: the latest
    const compiled = loadDefinition(stored.source as object);
    this.#compiledVersions.set(`${name}@${version}`, compiled);
    return compiled;
  }

  readonly #compiledVersions = new Map<string, CompiledWorkflow>();

  /** Validates and stores a definition (JSON or YAML text); every problem is listed in one INVALID_ARGUMENT. */
  async registerWorkflow(text: string): Promise<{ name: string; version: number }> {
    const limits = this.options.definitionLimits;
    const raw = parseDefinitionText(text, limits);
    const { registry } = this.options;
    const result = validateDefinition(raw, {
      knownCapabilities: new Set(registry.knownCapabilities()),
      streaming: (capability) => registry.isStreaming(capability),
      limits,
    });
    if (!result.ok) throw new InvalidArgumentError(`the workflow definition has ${result.problems.length} problem(s):\n${listProblems(result.problems)}`);
    const cycle = childWorkflowsOf(raw).length > 0 ? childCycleProblem(result.definition.name, raw, await this.options.workflows.list()) : undefined;
    if (cycle) throw new InvalidArgumentError(`the workflow definition has 1 problem(s):\n${listProblems([cycle])}`);
    await this.options.beforeRegister?.(result.definition);
    const stored = await this.options.workflows.put(result.definition.name, result.definition.definition);
    this.#compiled.set(stored.name, result.definition);
    this.#versions.set(stored.name, stored.version);
    return { name: stored.name, version: stored.version };
  }

  async listWorkflows(): Promise<Json[]> {
    return (await this.options.workflows.list()).map((w) => ({ name: w.name, version: w.version, registeredAt: w.registeredAt, definition: w.source }));
  }

  /** The versions of workflow `name` still kept, newest first; NOT_FOUND for a name never registered. */
  async workflowVersions(name: string): Promise<Json[]> {
    const { workflows } = this.options;
    const versions = workflows.versions ? await workflows.versions(name) : [await workflows.get(name)].filter((w) => w !== undefined);
    if (versions.length === 0) throw new NotFoundError(`no workflow "${name}" is registered; see \`troupe workflows\``, { workflow: name });
    return versions.map((w) => ({ name: w.name, version: w.version, registeredAt: w.registeredAt, definition: w.source }));
  }

  /** Runs accepted here and held by their workflow's flow control (max_concurrent_runs, concurrency). */
  get runsWaiting(): number {
    return this.#flow.size.waiting;
  }

  /** Starts a run, or returns the run an earlier StartRun with the same idempotency key started. */
  async startRun(req: StartRunRequest): Promise<{ runId: string; existing: boolean; traceId: string }> {
    const earlier = req.idempotencyKey ? this.#runs.get(this.#byKey.get(req.idempotencyKey) ?? '') : undefined;
    if (earlier) return { runId: earlier.runId, existing: true, traceId: earlier.traceId };
    const workflow = req.workflowVersion ? await this.#workflowAt(req.workflow, req.workflowVersion) : await this.#workflow(req.workflow);
    const missing = missingInput(workflow, req.input);
    if (missing.length > 0) throw new InvalidArgumentError(`workflow ${workflow.name} needs input field(s): ${missing.join(', ')}`);
    const runId = randomUUID();
    const flow = this.#flow.entry(workflow, req.input, runId); // INVALID_ARGUMENT for a concurrency key the input cannot give
    const release = this.admission.admit(); // RESOURCE_EXHAUSTED at once at the limit
    try {
      return await this.#start(req, workflow, runId, release, flow);
    } catch (err) {
      release();
      throw err;
    }
  }

  /** StartRun once admitted: claims the idempotency key, persists the run (durable), begins it. */
  async #start(req: StartRunRequest, workflow: CompiledWorkflow, runId: string, release: () => void, flow: GateEntry | undefined): Promise<{ runId: string; existing: boolean; traceId: string }> {
    const durable = this.#durable;
    if (durable && req.idempotencyKey) {
      // Across restarts and instances: of racing StartRuns exactly one claim wins.
      const winner = await durable.claim(req.idempotencyKey, runId);
      if (winner !== runId) {
        release();
        this.#byKey.set(req.idempotencyKey, winner);
        const known = this.#runs.get(winner);
        const stored = known ? undefined : await durable.stored(winner).catch(() => undefined);
        return { runId: winner, existing: true, traceId: known?.traceId ?? stored?.record.traceId ?? '' };
      }
    }
    const deadlineAt = Date.now() + (req.timeoutMs || (this.options.defaultRunTimeoutMs ?? 3_600_000));
    const version = req.workflowVersion || (this.#versions.get(workflow.name) ?? (await this.options.workflows.get(workflow.name))?.version ?? 0);
    const run = new RunExecutor({ runId, workflow, input: req.input, priority: req.priority, deadlineAt, workflowVersion: version, callback: req.callback, parentRun: req.parentRun, reuse: req.reuse }, this.#deps, durable?.hooks(), req.traceContext);
    if (durable) {
      try {
        await durable.create(run, req.idempotencyKey || undefined);
      } catch (err) {
        run.span.end();
        throw err;
      }
    }
    this.#runs.set(runId, run);
    if (req.idempotencyKey) this.#byKey.set(req.idempotencyKey, runId);
    this.#whenDone(run, release);
    this.#flow.begin(run, flow);
    return { runId, existing: false, traceId: run.traceId };
  }

  /**
   * The run's report; a run not in memory (finished before a restart, owned elsewhere)
   * from the store. With `recommend`, a finished run's report also has
   * `recommendations`, drawn from it and the recent runs of its workflow held here.
   */
  async getRun(runId: string, options: { recommend?: boolean } = {}): Promise<Json> {
    const report = await this.#report(runId);
    if (!options.recommend) return report;
    const run = report as unknown as RunLike & { workflow: string };
    if (!isFinishedStatus(run.status)) return report;
    return { ...(report as Record<string, Json>), recommendations: recommendations(run, this.#recent(run.workflow, runId)) };
  }

  async #report(runId: string): Promise<Json> {
    const run = this.#runs.get(runId);
    if (run) return run.report();
    const stored = await this.#durable?.stored(runId);
    if (stored) return reportFromRecord(stored.record);
    return this.#run(runId).report();
  }

  /** Reports of the finished runs of `workflow` held in memory, newest first (at most `max`), but `runId`'s. */
  #recent(workflow: string, runId: string, max = 10): RunLike[] {
    const out: RunLike[] = [];
    for (const id of [...this.#finished].reverse()) {
      if (out.length >= max) break;
      const run = this.#runs.get(id);
      if (id === runId || run?.start.workflow.name !== workflow) continue;
      out.push(run.report() as unknown as RunLike);
    }
    return out;
  }

  /**
   * The run's events from the start, live until it ends. Durable, for a run driven by
   * another instance: what its stored record says, then each change of the record
   * (status events only, no chunks; see {@link followStoredRun}).
   */
  watchRun(runId: string, signal?: AbortSignal): AsyncIterable<RunEvent> {
    const run = this.#runs.get(runId);
    if (run && (run.attached || run.log.closed || !this.#durable)) return run.log.watch(0, signal);
    if (!this.#durable) return this.#run(runId).log.watch(0, signal);
    return this.#followStored(this.#durable, runId, signal);
  }

  async *#followStored(durable: DurableRuns, runId: string, signal?: AbortSignal): AsyncGenerator<RunEvent> {
    const first = await durable.stored(runId);
    if (!first) throw new NotFoundError(`no run "${runId}"; see \`troupe runs\``, { runId });
    const follow = durable.follow;
    const records = follow ? follow(runId, signal) : (async function* () { yield first; })();
    yield* followStoredRun(records, signal);
  }

  /**
   * Cancels a run; returns its status after the request. Durable: a run driven by
   * another instance is cancelled by that instance (or adopted here and cancelled
   * when its owner is gone); a finished stored run answers its status.
   */
  async cancelRun(runId: string, reason: string): Promise<string> {
    const run = this.#runs.get(runId);
    if (run && (run.attached || !this.#durable)) return run.cancel(reason);
    if (!this.#durable) return this.#run(runId).cancel(reason);
    const status = await this.#durable.cancel(runId, reason);
    if (status === undefined) throw new NotFoundError(`no run "${runId}"; see \`troupe runs\``, { runId });
    return status;
  }

  /**
   * SignalRun: approves or rejects the waiting `wait_for_signal` step `stepId`.
   * Durable: a run driven by another instance is signalled by that instance (or
   * adopted here, still waiting, and signalled here when its owner is gone).
   * NOT_FOUND for an unknown run or step; FAILED_PRECONDITION when the step is not waiting.
   */
  async signalRun(runId: string, stepId: string, signal: StepSignal): Promise<SignalResult> {
    let run = this.#runs.get(runId);
    if (run && (run.attached || !this.#durable)) return run.signal(stepId, signal);
    if (!this.#durable) return this.#run(runId).signal(stepId, signal);
    // Just after a restart the first adoption pass (which resumes this instance's own runs) may
    // still be going: wait for it (a pass in flight is shared), then look again.
    await this.adoptRuns().catch(() => 0);
    run = this.#runs.get(runId);
    if (run?.attached) return run.signal(stepId, signal);
    const result = await this.#durable.signal({ runId, stepId, ...signal });
    if (result === undefined) throw new NotFoundError(`no run "${runId}"; see \`troupe runs\``, { runId });
    return result;
  }

  /**
   * A page of run summaries, newest first. Durable: every stored run (all instances',
   * finished ones while retention keeps them) from the run list index, with this
   * instance's live view of the runs it drives; in memory: the runs kept here.
   */
  async listRuns(filter: RunPageFilter): Promise<RunPage> {
    checkPageFilter(filter);
    const live = (runId: string): RunSummary | undefined => {
      const run = this.#runs.get(runId);
      return run && (run.attached || !this.#durable) ? (run.summary() as unknown as RunSummary) : undefined;
    };
    if (this.#durable) return this.#durable.page(filter, live);
    return pageOf([...this.#runs.values()].map((run) => run.summary() as unknown as RunSummary), filter);
  }

  /** The input `runId` was started with (a dead letter's run replayed as a new run); NOT_FOUND when the run is not known. */
  async runInput(runId: string): Promise<{ workflow: string; input: Json; workflowVersion: number }> {
    const run = this.#runs.get(runId);
    if (run) return { workflow: run.start.workflow.name, input: run.start.input, workflowVersion: run.start.workflowVersion ?? run.start.restore?.workflowVersion ?? 0 };
    const stored = await this.#durable?.stored(runId);
    if (stored) return { workflow: stored.record.workflow, input: stored.record.input as Json, workflowVersion: stored.record.workflowVersion };
    throw new NotFoundError(`no run "${runId}" is kept any more (retention); its input is gone`, { runId });
  }

  async listDeadLetters(filter: { runId?: string; limit: number }): Promise<Json[]> {
    const records = await this.options.deadLetters.list({ limit: filter.limit, ...(filter.runId ? { runId: filter.runId } : {}) });
    return records.map((r) => JSON.parse(JSON.stringify(r)) as Json);
  }

  /**
   * Orchestrator shutdown. In memory: cancels every unfinished run. Durable: the runs
   * are NOT cancelled; their latest state is written, they stop here, and their leases
   * are released so that a survivor (or this instance restarted) resumes them at once.
   */
  async close(): Promise<void> {
    const live = [...this.#runs.values()].filter((r) => r.attached && r.actor.getSnapshot().status !== 'done');
    if (this.#durable) return this.#durable.close(live);
    for (const run of live) run.cancel('the orchestrator is shutting down');
    await Promise.all(live.map((r) => r.done));
  }

  async #workflow(name: string): Promise<CompiledWorkflow> {
    const cached = this.#compiled.get(name);
    if (cached) return cached;
    const stored = await this.options.workflows.get(name);
    if (!stored) {
      const known = (await this.options.workflows.list()).map((w) => w.name);
      throw new NotFoundError(`no workflow "${name}" is registered; ${known.length ? `registered: ${known.join(', ')}` : 'register one with RegisterWorkflow'}`, { workflow: name });
    }
    const compiled = loadDefinition(stored.source as object);
    this.#compiled.set(name, compiled);
    this.#versions.set(name, stored.version);
    return compiled;
  }

  readonly #versions = new Map<string, number>();

  /** A version of `name` was registered (here or on another orchestrator): new runs use it, not a compiled older one. */
  workflowStored(name: string, version: number): void {
    if ((this.#versions.get(name) ?? Infinity) >= version) return;
    this.#compiled.delete(name);
    this.#versions.delete(name);
  }

  #run(runId: string): RunExecutor {
    const run = this.#runs.get(runId);
    if (!run) throw new NotFoundError(`no run "${runId}"; see \`troupe runs\``, { runId });
    return run;
  }

  /** Finished runs still held (for GetRun/WatchRun), oldest first. */
  readonly #finished = new Set<string>();

  /** Keeps at most `maxFinishedRuns` finished runs in memory, dropping the oldest (O(1) per run, not a scan of all runs). */
  #prune(runId: string): void {
    const max = this.options.maxFinishedRuns ?? 1000;
    this.#finished.add(runId);
    for (const oldest of this.#finished) {
      if (this.#finished.size <= max) break;
      this.#finished.delete(oldest);
      const run = this.#runs.get(oldest);
      if (run && (run.actor.getSnapshot().status === 'done' || !run.attached)) this.#runs.delete(oldest);
    }
  }
}
