import type { Json } from '../../sdk/grpc/struct.js';

/** A registered workflow definition. */
export interface StoredWorkflow {
  name: string;
  version: number;
  registeredAt: number;
  /** The definition as registered (parsed JSON/YAML). */
  source: Json;
}

/** Where workflow definitions live. Async so a JetStream KV implementation can replace the in-memory one. */
export interface WorkflowStore {
  /** Stores a definition under its name; returns it with its new version (1, 2, …). */
  put(name: string, source: Json): Promise<StoredWorkflow>;
  /** The latest version of `name`. */
  get(name: string): Promise<StoredWorkflow | undefined>;
  /** Latest versions of all workflows, by name. */
  list(): Promise<StoredWorkflow[]>;
  /** The versions of `name` still kept, newest first (empty for an unknown name). */
  versions?(name: string): Promise<StoredWorkflow[]>;
}

/** Keeps definitions in memory (lost on restart until the durable store lands). */
export class InMemoryWorkflowStore implements WorkflowStore {
  readonly #latest = new Map<string, StoredWorkflow>();
  readonly #older = new Map<string, StoredWorkflow[]>();

  async put(name: string, source: Json): Promise<StoredWorkflow> {
    const stored = { name, version: (this.#latest.get(name)?.version ?? 0) + 1, registeredAt: Date.now(), source };
    const previous = this.#latest.get(name);
    // Older versions are kept as the KV store keeps them: the last few (its bucket history is 5).
    if (previous) this.#older.set(name, [previous, ...(this.#older.get(name) ?? [])].slice(0, 4));
    this.#latest.set(name, stored);
    return stored;
  }

  async versions(name: string): Promise<StoredWorkflow[]> {
    const latest = this.#latest.get(name);
    return latest ? [latest, ...(this.#older.get(name) ?? [])] : [];
  }

  async get(name: string): Promise<StoredWorkflow | undefined> {
    return this.#latest.get(name);
  }

  async list(): Promise<StoredWorkflow[]> {
    return [...this.#latest.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
