import { InvalidArgumentError, NotFoundError } from '../../sdk/errors.js';
import type { Json } from '../../sdk/grpc/struct.js';
import { StaleWriteError } from '../store/errors.js';
import type { KvScheduleStore, StoredSchedule } from '../store/kv-schedule-store.js';
import { checkScheduleName, newScheduleRecord, type ScheduleRecord, type ScheduleSpec } from './schedule-record.js';
import { DEFAULT_PENDING_GRACE_MS } from './fire-tick.js';
import { nextDue } from './tick-plan.js';

/** Options of {@link ScheduleService}. */
export interface ScheduleServiceOptions {
  readonly store: KvScheduleStore;
  /**
   * Checks the workflow and the run input as StartRun would: undefined when no workflow of
   * that name is registered, else the problems of the input (missing required fields).
   */
  readonly checkWorkflow: (name: string, input: Json) => Promise<string[] | undefined>;
  /** @default Date.now */
  readonly now?: () => number;
  /** How long DeleteSchedule waits for a tick claimed before it to start its run. @default DEFAULT_PENDING_GRACE_MS */
  readonly pendingGraceMs?: number;
}

/**
 * The schedule operations behind the API (create, list, get, pause, resume,
 * delete), each a compare-and-set on the stored record so that it never races a
 * tick being claimed by an orchestrator.
 */
export class ScheduleService {
  readonly #store: KvScheduleStore;
  readonly #o: ScheduleServiceOptions;
  readonly #now: () => number;

  constructor(options: ScheduleServiceOptions) {
    this.#o = options;
    this.#store = options.store;
    this.#now = options.now ?? Date.now;
  }

  /** Validates and stores a new schedule: INVALID_ARGUMENT, NOT_FOUND (workflow) or ALREADY_EXISTS. */
  async create(spec: ScheduleSpec, createdBy: string): Promise<ScheduleRecord> {
    const record = newScheduleRecord(spec, this.#now(), createdBy);
    const problems = await this.#o.checkWorkflow(record.workflow, record.input);
    if (!problems) {
      throw new NotFoundError(`workflow "${record.workflow}" is not registered (see \`troupe workflows\`); register it before scheduling it`, { workflow: record.workflow });
    }
    if (problems.length > 0) throw new InvalidArgumentError(`the input does not fit workflow ${record.workflow}: ${problems.join('; ')}`);
    await this.#store.create(record);
    return record;
  }

  async list(workflow?: string): Promise<ScheduleRecord[]> {
    return (await this.#store.list()).map((s) => s.record).filter((r) => !workflow || r.workflow === workflow);
  }

  async get(name: string): Promise<ScheduleRecord> {
    return (await this.#store.require(checkScheduleName(name))).record;
  }

  /** Pauses: no tick fires while paused. A paused schedule is returned unchanged. */
  async pause(name: string): Promise<ScheduleRecord> {
    return this.#change(name, (r) => (r.paused || r.done ? r : { ...r, paused: true, updatedAt: this.#now() }));
  }

  /** Resumes from now: ticks that fell while it was paused are skipped (docs/schedules.md). */
  async resume(name: string): Promise<ScheduleRecord> {
    return this.#change(name, (r) => {
      if (!r.paused || r.done) return r;
      const now = this.#now();
      const resumed: ScheduleRecord = { ...r, paused: false, since: now, updatedAt: now };
      const next = nextDue(resumed);
      return { ...resumed, ...(next !== undefined ? { nextTick: next } : {}) };
    });
  }

  /**
   * Deletes the schedule. A tick claimed before the delete is allowed to start its run
   * first (at most the pending grace), so that once this returns no run of it starts.
   */
  async delete(name: string): Promise<ScheduleRecord> {
    checkScheduleName(name);
    for (;;) {
      let current: StoredSchedule | undefined = await this.#store.require(name);
      if (current.record.pendingTick !== undefined) {
        current = await this.#store.waitFor(name, (r) => r.pendingTick === undefined, this.#o.pendingGraceMs ?? DEFAULT_PENDING_GRACE_MS);
        if (!current) throw new NotFoundError(`schedule "${name}" not found; see \`troupe schedule list\``, { schedule: name });
      }
      try {
        await this.#store.delete(name, current.revision);
        return current.record;
      } catch (err) {
        if (!StaleWriteError.is(err)) throw err; // a tick was claimed meanwhile: look again
      }
    }
  }

  async #change(name: string, change: (r: ScheduleRecord) => ScheduleRecord): Promise<ScheduleRecord> {
    checkScheduleName(name);
    for (;;) {
      const current = await this.#store.require(name);
      const next = change(current.record);
      if (next === current.record) return next;
      try {
        await this.#store.update(name, current.revision, next);
        return next;
      } catch (err) {
        if (!StaleWriteError.is(err)) throw err;
      }
    }
  }
}
