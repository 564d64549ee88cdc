import { type StoredRun } from '../../store/run-record.js';
import type { RunEvent } from './run-event-log.js';
/**
 * WatchRun of a run driven by another orchestrator instance: the events are
 * derived from its stored record (what the store knows first, then each new
 * version of the record) until the run ends. Only status events — `run.started`,
 * `step.started`/`completed`/`failed`/`skipped`/…, `step.item_done` (progress of a
 * for_each), and the final `run.*` — every one with `detail.fromStore: true`;
 * chunks, attempts and progress messages live in the owner's memory only.
 */
export declare function followStoredRun(records: AsyncIterable<StoredRun>, signal?: AbortSignal): AsyncGenerator<RunEvent>;
