import { taskMachine } from '../../machines/task.machine.js';
/**
 * The task actors' snapshots a run record is built from: the latest live snapshot
 * of every task driven here, else the persisted one it was restored with. Live
 * snapshots are kept as they are and turned into their persisted form only when a
 * record is built: the writer coalesces many transitions into one write, and a run
 * that is not durable never needs the persisted form.
 */
export class RunTaskSnapshots {
    onChange;
    #restored;
    #latest = new Map();
    /** Tasks that are not task actors (a `workflow` step's child runs): their state as it is persisted. */
    #plain = new Map();
    /** @param onChange called on every transition of a tracked task */
    constructor(restored, onChange) {
        this.onChange = onChange;
        this.#restored = { ...restored };
    }
    /** Follows a task actor from now on. */
    track(taskId, actor) {
        const keep = () => {
            const snapshot = actor.getSnapshot();
            if (snapshot.status === 'stopped')
                return;
            this.#latest.set(taskId, snapshot);
            this.onChange();
        };
        keep();
        actor.subscribe(keep);
    }
    /** Keeps the state of a task that has no actor (a child run's), already in its persisted form. */
    put(taskId, snapshot) {
        this.#plain.set(taskId, snapshot);
        this.onChange();
    }
    /** A task's persisted snapshot: from its live actor's latest snapshot, else as put, else as restored. */
    persisted(taskId) {
        const latest = this.#latest.get(taskId);
        return latest ? taskMachine.getPersistedSnapshot(latest) : (this.#plain.get(taskId) ?? this.#restored[taskId]);
    }
    /**
     * Every task's snapshot, for the record. A task of a step still to run keeps its whole
     * persisted snapshot (a resumed run restores its actor from it). A settled step is never
     * run again, so its tasks are kept compact: state, ids and attempts (the report's), no
     * policy or output (already in the record's `outputs`): about a third of the bytes, and no
     * `getPersistedSnapshot` per write for work that is over.
     */
    forRecord(steps) {
        const out = {};
        for (const taskId of new Set([...Object.keys(this.#restored), ...this.#latest.keys(), ...this.#plain.keys()])) {
            const latest = this.#latest.get(taskId);
            const restored = (this.#plain.get(taskId) ?? this.#restored[taskId]);
            const stepId = latest ? latest.context.stepId : restored?.context?.stepId;
            const step = stepId === undefined || stepId === null ? undefined : steps[stepId];
            const settled = step !== undefined && step.status !== 'running' && step.status !== 'pending';
            if (!settled)
                out[taskId] = this.persisted(taskId);
            else if (latest)
                out[taskId] = { status: latest.status, value: latest.value, context: { taskId, stepId, attempts: latest.context.attempts } };
            else if (restored)
                out[taskId] = { status: restored.status, value: restored.value, context: { taskId, stepId, attempts: restored.context?.attempts ?? [] } };
        }
        return out;
    }
}
//# sourceMappingURL=run-task-snapshots.js.map