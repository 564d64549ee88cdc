import { InvalidArgumentError, NotFoundError } from '../../sdk/errors.js';
import { StaleWriteError } from '../store/errors.js';
import { checkScheduleName, newScheduleRecord } from './schedule-record.js';
import { DEFAULT_PENDING_GRACE_MS } from './fire-tick.js';
import { nextDue } from './tick-plan.js';
/**
 * The schedule operations behind the API (create, list, get, pause, resume,
 * delete), each a compare-and-set on the stored record so that it never races a
 * tick being claimed by an orchestrator.
 */
export class ScheduleService {
    #store;
    #o;
    #now;
    constructor(options) {
        this.#o = options;
        this.#store = options.store;
        this.#now = options.now ?? Date.now;
    }
    /** Validates and stores a new schedule: INVALID_ARGUMENT, NOT_FOUND (workflow) or ALREADY_EXISTS. */
    async create(spec, createdBy) {
        const record = newScheduleRecord(spec, this.#now(), createdBy);
        const problems = await this.#o.checkWorkflow(record.workflow, record.input);
        if (!problems) {
            throw new NotFoundError(`workflow "${record.workflow}" is not registered (see \`troupe workflows\`); register it before scheduling it`, { workflow: record.workflow });
        }
        if (problems.length > 0)
            throw new InvalidArgumentError(`the input does not fit workflow ${record.workflow}: ${problems.join('; ')}`);
        await this.#store.create(record);
        return record;
    }
    async list(workflow) {
        return (await this.#store.list()).map((s) => s.record).filter((r) => !workflow || r.workflow === workflow);
    }
    async get(name) {
        return (await this.#store.require(checkScheduleName(name))).record;
    }
    /** Pauses: no tick fires while paused. A paused schedule is returned unchanged. */
    async pause(name) {
        return this.#change(name, (r) => (r.paused || r.done ? r : { ...r, paused: true, updatedAt: this.#now() }));
    }
    /** Resumes from now: ticks that fell while it was paused are skipped (docs/schedules.md). */
    async resume(name) {
        return this.#change(name, (r) => {
            if (!r.paused || r.done)
                return r;
            const now = this.#now();
            const resumed = { ...r, paused: false, since: now, updatedAt: now };
            const next = nextDue(resumed);
            return { ...resumed, ...(next !== undefined ? { nextTick: next } : {}) };
        });
    }
    /**
     * Deletes the schedule. A tick claimed before the delete is allowed to start its run
     * first (at most the pending grace), so that once this returns no run of it starts.
     */
    async delete(name) {
        checkScheduleName(name);
        for (;;) {
            let current = await this.#store.require(name);
            if (current.record.pendingTick !== undefined) {
                current = await this.#store.waitFor(name, (r) => r.pendingTick === undefined, this.#o.pendingGraceMs ?? DEFAULT_PENDING_GRACE_MS);
                if (!current)
                    throw new NotFoundError(`schedule "${name}" not found; see \`troupe schedule list\``, { schedule: name });
            }
            try {
                await this.#store.delete(name, current.revision);
                return current.record;
            }
            catch (err) {
                if (!StaleWriteError.is(err))
                    throw err; // a tick was claimed meanwhile: look again
            }
        }
    }
    async #change(name, change) {
        checkScheduleName(name);
        for (;;) {
            const current = await this.#store.require(name);
            const next = change(current.record);
            if (next === current.record)
                return next;
            try {
                await this.#store.update(name, current.revision, next);
                return next;
            }
            catch (err) {
                if (!StaleWriteError.is(err))
                    throw err;
            }
        }
    }
}
//# sourceMappingURL=schedule-service.js.map