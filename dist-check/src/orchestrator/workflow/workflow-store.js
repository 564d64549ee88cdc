/** Keeps definitions in memory (lost on restart until the durable store lands). */
export class InMemoryWorkflowStore {
    #latest = new Map();
    #older = new Map();
    async put(name, source) {
        const stored = { name, version: (this.#latest.get(name)?.version ?? 0) + 1, registeredAt: Date.now(), source };
        const previous = this.#latest.get(name);
        // Older versions are kept as the KV store keeps them: the last few (its bucket history is 5).
        if (previous)
            this.#older.set(name, [previous, ...(this.#older.get(name) ?? [])].slice(0, 4));
        this.#latest.set(name, stored);
        return stored;
    }
    async versions(name) {
        const latest = this.#latest.get(name);
        return latest ? [latest, ...(this.#older.get(name) ?? [])] : [];
    }
    async get(name) {
        return this.#latest.get(name);
    }
    async list() {
        return [...this.#latest.values()].sort((a, b) => a.name.localeCompare(b.name));
    }
}
//# sourceMappingURL=workflow-store.js.map