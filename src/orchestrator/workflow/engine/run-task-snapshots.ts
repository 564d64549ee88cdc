import type { Actor } from 'xstate';
import { taskMachine, type TaskSnapshot } from '../../machines/task.machine.js';
import type { RunSnapshot } from '../../machines/run.machine.js';

/**
 * The task actors' snapshots a run record is built from: the latest live snapshot
 * of every task driven here, else the persisted one it was restored with. Live
 * snapshots are kept as they are and turned into their persisted form only when a
 * record is built: the writer coalesces many transitions into one write, and a run
 * that is not durable never needs the persisted form.
 */
export class RunTaskSnapshots {
  readonly #restored: Record<string, unknown>;
  readonly #latest = new Map<string, TaskSnapshot>();
  /** Tasks that are not task actors (a `workflow` step's child runs): their state as it is persisted (made by the first). */
  #plain: Map<string, StoredTask> | undefined;

  /** @param onChange called on every transition of a tracked task, with its state (none for a child run's) */
  constructor(
    restored: Record<string, unknown>,
    private readonly onChange: (state?: string) => void,
  ) {
    this.#restored = { ...restored };
  }

  /**
   * Follows a task actor from now on. The first snapshot of a task restored from the record is
   * that record's: it is kept, but reported only when the task moves on.
   */
  track(taskId: string, actor: Actor<typeof taskMachine>): void {
    const keep = (): void => {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'stopped') return;
      this.#latest.set(taskId, snapshot);
      this.onChange(snapshot.value);
    };
    const snapshot = actor.getSnapshot();
    if (this.#latest.has(taskId) || this.#restored[taskId] === undefined) keep();
    else if (snapshot.status !== 'stopped') this.#latest.set(taskId, snapshot);
    actor.subscribe(keep);
  }

  /** Keeps the state of a task that has no actor (a child run's), already in its persisted form. */
  put(taskId: string, snapshot: StoredTask): void {
    (this.#plain ??= new Map()).set(taskId, snapshot);
    this.onChange();
  }

  /** A task's persisted snapshot: from its live actor's latest snapshot, else as put, else as restored. */
  persisted(taskId: string): unknown {
    const latest = this.#latest.get(taskId);
    return latest ? taskMachine.getPersistedSnapshot(latest) : (this.#plain?.get(taskId) ?? this.#restored[taskId]);
  }

  /**
   * Every task's snapshot, for the record. A task of a step still to run keeps its whole
   * persisted snapshot (a resumed run restores its actor from it). A settled step is never
   * run again, so its tasks are kept compact: state, ids and attempts (the report's), no
   * policy or output (already in the record's `outputs`): about a third of the bytes, and no
   * `getPersistedSnapshot` per write for work that is over.
   */
  forRecord(steps: RunSnapshot['context']['steps']): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const taskId of new Set([...Object.keys(this.#restored), ...this.#latest.keys(), ...(this.#plain?.keys() ?? [])])) {
      const latest = this.#latest.get(taskId);
      const restored = (this.#plain?.get(taskId) ?? this.#restored[taskId]) as StoredTask | undefined;
      const stepId = latest ? latest.context.stepId : restored?.context?.stepId;
      const step = stepId === undefined || stepId === null ? undefined : steps[stepId];
      const settled = step !== undefined && step.status !== 'running' && step.status !== 'pending';
      if (!settled) out[taskId] = this.persisted(taskId);
      else if (latest) out[taskId] = { status: latest.status, value: latest.value, context: { taskId, stepId, attempts: latest.context.attempts } };
      else if (restored) out[taskId] = { status: restored.status, value: restored.value, context: { taskId, stepId, attempts: restored.context?.attempts ?? [] } };
    }
    return out;
  }
}

/** The parts of a stored task snapshot (whole or compact) read here. */
export interface StoredTask {
  readonly status?: unknown;
  readonly value?: unknown;
  readonly context?: { readonly stepId?: string | null; readonly attempts?: unknown };
}
