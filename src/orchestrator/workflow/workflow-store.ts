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
}

/** Keeps definitions in memory (lost on restart until the durable store lands). */
export class InMemoryWorkflowStore implements WorkflowStore {
  readonly #latest = new Map<string, StoredWorkflow>();

  async put(name: string, source: Json): Promise<StoredWorkflow> {
    const stored = { name, version: (this.#latest.get(name)?.version ?? 0) + 1, registeredAt: Date.now(), source };
    this.#latest.set(name, stored);
    return stored;
  }

  async get(name: string): Promise<StoredWorkflow | undefined> {
    return this.#latest.get(name);
  }

  async list(): Promise<StoredWorkflow[]> {
    return [...this.#latest.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
