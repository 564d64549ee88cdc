import { randomUUID } from 'node:crypto';
import type { Context } from '@opentelemetry/api';
import { InvalidArgumentError, NotFoundError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { Registry } from '../../registry/registry.js';
import type { DeadLetterStore } from '../../scheduler/index.js';
import { loadDefinition, missingInput, parseDefinitionText, validateDefinition, type CompiledWorkflow } from '../definition/index.js';
import type { WorkflowStore } from '../workflow-store.js';
import type { RunEvent } from './run-event-log.js';
import { RunExecutor, type RunDeps } from './run-executor.js';

/** Options of the {@link RunEngine}. */
export interface RunEngineOptions extends RunDeps {
  readonly registry: Registry;
  readonly workflows: WorkflowStore;
  /** Time budget of a run that sets none. @default 3600000 */
  readonly defaultRunTimeoutMs?: number;
  /** Finished runs kept for GetRun/ListRuns; the oldest are forgotten first. @default 1000 */
  readonly maxFinishedRuns?: number;
}

/** What StartRun asks for. */
export interface StartRunRequest {
  workflow: string;
  input: Json;
  idempotencyKey: string;
  priority: number;
  timeoutMs: number;
  traceContext: Context;
}

/**
 * Workflows and runs: registers definitions (validated against the capabilities the
 * registry has seen), starts runs (idempotently), and answers for them while they
 * run and after. Runs live in memory here; the durable store will persist them.
 */
export class RunEngine {
  readonly #compiled = new Map<string, CompiledWorkflow>();
  readonly #runs = new Map<string, RunExecutor>();
  readonly #byKey = new Map<string, string>();

  constructor(private readonly options: RunEngineOptions) {}

  /** Validates and stores a definition (JSON or YAML text); every problem is listed in one INVALID_ARGUMENT. */
  async registerWorkflow(text: string): Promise<{ name: string; version: number }> {
    const raw = parseDefinitionText(text);
    const result = validateDefinition(raw, { knownCapabilities: new Set(this.options.registry.knownCapabilities()) });
    if (!result.ok) throw new InvalidArgumentError(`the workflow definition has ${result.problems.length} problem(s):\n  - ${result.problems.join('\n  - ')}`);
    const stored = await this.options.workflows.put(result.definition.name, result.definition.definition as unknown as Json);
    this.#compiled.set(stored.name, result.definition);
    return { name: stored.name, version: stored.version };
  }

  async listWorkflows(): Promise<Json[]> {
    return (await this.options.workflows.list()).map((w) => ({ name: w.name, version: w.version, registeredAt: w.registeredAt, definition: w.source }));
  }

  /** Starts a run, or returns the run an earlier StartRun with the same idempotency key started. */
  async startRun(req: StartRunRequest): Promise<{ runId: string; existing: boolean; traceId: string }> {
    const earlier = req.idempotencyKey ? this.#runs.get(this.#byKey.get(req.idempotencyKey) ?? '') : undefined;
    if (earlier) return { runId: earlier.runId, existing: true, traceId: earlier.traceId };
    const workflow = await this.#workflow(req.workflow);
    const missing = missingInput(workflow, req.input);
    if (missing.length > 0) throw new InvalidArgumentError(`workflow ${workflow.name} needs input field(s): ${missing.join(', ')}`);
    const runId = randomUUID();
    const deadlineAt = Date.now() + (req.timeoutMs || (this.options.defaultRunTimeoutMs ?? 3_600_000));
    const run = new RunExecutor({ runId, workflow, input: req.input, priority: req.priority, deadlineAt, parent: req.traceContext }, this.options);
    this.#runs.set(runId, run);
    if (req.idempotencyKey) this.#byKey.set(req.idempotencyKey, runId);
    run.begin();
    void run.done.then(() => this.#prune());
    return { runId, existing: false, traceId: run.traceId };
  }

  getRun(runId: string): Json {
    return this.#run(runId).report();
  }

  watchRun(runId: string, signal?: AbortSignal): AsyncIterable<RunEvent> {
    return this.#run(runId).log.watch(0, signal);
  }

  async cancelRun(runId: string, reason: string): Promise<string> {
    return this.#run(runId).cancel(reason);
  }

  /** Run summaries, newest first. */
  listRuns(filter: { workflow?: string; status?: string; limit: number }): Json[] {
    const out: Json[] = [];
    for (const run of [...this.#runs.values()].reverse()) {
      const summary = run.summary() as { workflow: string; status: string };
      if (filter.workflow && summary.workflow !== filter.workflow) continue;
      if (filter.status && summary.status !== filter.status) continue;
      out.push(summary as unknown as Json);
      if (out.length >= filter.limit) break;
    }
    return out;
  }

  async listDeadLetters(filter: { runId?: string; limit: number }): Promise<Json[]> {
    const records = await this.options.deadLetters.list({ limit: filter.limit, ...(filter.runId ? { runId: filter.runId } : {}) });
    return records.map((r) => JSON.parse(JSON.stringify(r)) as Json);
  }

  /** Cancels every unfinished run (orchestrator shutdown). */
  async close(): Promise<void> {
    const live = [...this.#runs.values()].filter((r) => r.actor.getSnapshot().status !== 'done');
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
    return compiled;
  }

  #run(runId: string): RunExecutor {
    const run = this.#runs.get(runId);
    if (!run) throw new NotFoundError(`no run "${runId}"; see \`troupe runs\``, { runId });
    return run;
  }

  #prune(): void {
    const max = this.options.maxFinishedRuns ?? 1000;
    const finished = [...this.#runs.values()].filter((r) => r.actor.getSnapshot().status === 'done');
    for (const run of finished.slice(0, Math.max(0, finished.length - max))) this.#runs.delete(run.runId);
  }
}
