import { keyToken } from './keys.js';
import { runLimited, type Limiter } from '../../sdk/util/limiter.js';
import { mapLimited } from '../../sdk/util/map-limited.js';
import { isWrongLastSequence, lastEntries, liveJson, purgeKey, type Bucket } from './kv-util.js';
import { cut, newestFirst, pageMatcher, decodePageToken, type FinishedRun, type RunPage, type RunPageFilter, type RunSummary } from './run-page.js';
import { isFinishedStatus } from './run-record.js';

/** Width of one index slot: runs are grouped by the minute they were created in… */
export const SLOT_MS = 60_000;
/** …and within it by the second, so that a burst of runs in one minute is read a second at a time. */
const SECOND_MS = 1000;
/** A slot this much older than now is settled: an empty one may lose its markers. */
const SETTLED_MS = 10 * 60_000;
/** Markers remembered as written (per process), before the memory is cleared. */
const MAX_MARKERS_MEMO = 10_000;
const EMPTY = new Uint8Array(0);

/** The slot (minute) of a creation time. */
export function slotOf(createdAt: number): number {
  return Math.floor(createdAt / SLOT_MS);
}

const secondOf = (createdAt: number): number => Math.floor(createdAt / SECOND_MS);

/** An index entry: the summary and the revision of the run record it was taken from. */
type Entry = RunSummary & { readonly rev: number };

/** Whether two entries list the same (the record revision aside). */
function sameSummary(a: Entry, b: Entry): boolean {
  return a.status === b.status && a.endedAt === b.endedAt && a.error === b.error && a.workflow === b.workflow && a.priority === b.priority;
}

/** A summary without the record revision (what readers get). */
const withoutRev = ({ rev: _rev, ...summary }: Entry): RunSummary => summary;

const entryKey = (createdAt: number, runId: string): string => `r.${slotOf(createdAt)}.${secondOf(createdAt)}.${keyToken(runId)}`;
/** The key of a finished run's retention entry. */
const finishedKey = (runId: string): string => `e.${keyToken(runId)}`;

/** The markers of the minute and second of a creation time, for all runs and for one workflow. */
const markersOf = (createdAt: number, workflow: string): string[] => {
  const [minute, second, wf] = [slotOf(createdAt), secondOf(createdAt), keyToken(workflow)];
  return [`s.${minute}`, `w.${wf}.${minute}`, `t.${minute}.${second}`, `u.${wf}.${minute}.${second}`];
};
/** The key prefixes of minute markers and of one minute's second markers (of one workflow, or all). */
const minutePrefix = (workflow: string | undefined): string => (workflow ? `w.${keyToken(workflow)}.` : 's.');
const secondPrefix = (workflow: string | undefined, minute: number): string => (workflow ? `u.${keyToken(workflow)}.${minute}.` : `t.${minute}.`);

/** Options of {@link RunListIndex}. */
export interface RunListIndexOptions {
  /** Wait before retrying a failed index write. @default 1000 */
  readonly retryMs?: number;
  /** Wall clock. @default Date.now */
  readonly now?: () => number;
  /** An index write failed (it is retried). */
  readonly onError?: (runId: string, err: unknown) => void;
  /** Bounds the writes in flight (shared with the run store). @default unbounded */
  readonly writes?: Limiter;
  /**
   * An unfinished run's entry is written this long after it changed, with the run's summary
   * then: a run that starts and runs (or finishes) within it costs one index write, not one
   * per status. A finished run's entry is written at once. 0: every change at once. Off by
   * default: another instance's ListRuns would miss a run started elsewhere for that long (event
   * triggers across orchestrators list what another one started). @default 0
   */
  readonly batchMs?: number;
}

/**
 * The run list index (`troupe_run_index`), so that ListRuns reads the runs of the
 * minutes it shows instead of every run record:
 *
 * - `r.<minute>.<second>.<runId>` → the run's summary (status, times, error), written when it changes;
 * - `s.<minute>` and `w.<workflow>.<minute>`: empty markers of the minutes that have runs (of a workflow);
 * - `t.<minute>.<second>` and `u.<workflow>.<minute>.<second>`: the same for the seconds of each minute;
 * - `e.<runId>` → `{ revision, createdAt, endedAt }` of each FINISHED run, so that retention reads the
 *   finished runs only, however many are in flight.
 *
 * A page walks the marked minutes newest first, and in each the marked seconds, reading one
 * second (one ordered consumer on `r.<minute>.<second>.*`) at a time until it is full: a burst
 * of thousands of runs in a minute is read a second at a time. Writes are asynchronous, ordered per run and
 * retried until they land, so a NATS blip delays the index but never fails a run; callers
 * overlay what they know fresher (their own live runs) with `overlay`.
 *
 * @example
 * const index = new RunListIndex(buckets.runIndex);
 * index.note(summaryFromRecord(record));
 * const page = await index.page({ workflow: 'podcast', limit: 50 });
 */
export class RunListIndex {
  readonly #bucket: Bucket;
  readonly #retryMs: number;
  readonly #now: () => number;
  readonly #onError: ((runId: string, err: unknown) => void) | undefined;
  readonly #writes: Limiter | undefined;
  /** The status and index revision last written, per unfinished run (finished runs are forgotten once written). */
  readonly #written = new Map<string, { readonly status: string; readonly revision: number }>();
  /** Summaries waiting to be written, per run: only the latest matters. */
  readonly #pending = new Map<string, Entry>();
  /**
   * Runs whose writer loop runs, with the status of the entry being written now (a same-status
   * note meanwhile adds nothing); undefined while the loop waits to retry a failed write.
   */
  readonly #inFlight = new Map<string, string | undefined>();
  /** Runs whose record was just created: their entry is new too (no read first). */
  readonly #created = new Set<string>();
  readonly #markersWritten = new Set<string>();
  readonly #batchMs: number;
  /** Unfinished runs whose pending entry waits for `batchMs`, with when it is due (`performance.now()`, in due order). */
  readonly #delayed = new Map<string, number>();
  #batchTimer: NodeJS.Timeout | undefined;
  #idle: Promise<void> = Promise.resolve();
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(bucket: Bucket, options: RunListIndexOptions = {}) {
    this.#bucket = bucket;
    this.#retryMs = options.retryMs ?? 1000;
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError;
    this.#writes = options.writes;
    this.#batchMs = options.batchMs ?? 0;
  }

  /**
   * Records a run's summary, taken from the record written at `revision` (`created`: the
   * record's first write), if its status changed since the last one written here (cheap otherwise).
   */
  note(summary: RunSummary, revision: number, created = false): void {
    if (this.#closed || (!this.#pending.has(summary.runId) && (this.#inFlight.get(summary.runId) ?? this.#written.get(summary.runId)?.status) === summary.status)) return;
    const { waiting: _waiting, ...stored } = summary;
    this.#pending.set(summary.runId, { ...stored, rev: revision });
    if (created) this.#created.add(summary.runId);
    if (this.#pending.size === 1 && this.#inFlight.size === 0) this.#idle = new Promise((resolve) => (this.#wake = resolve));
    if (this.#batchMs > 0 && !isFinishedStatus(summary.status) && !this.#inFlight.has(summary.runId)) {
      if (!this.#delayed.has(summary.runId)) this.#delayed.set(summary.runId, performance.now() + this.#batchMs);
      this.#batchTimer ??= setTimeout(() => this.#writeDue(), this.#batchMs).unref();
      return;
    }
    this.#delayed.delete(summary.runId);
    void this.#write(summary.runId);
  }

  /** Writes the delayed entries that are due (all of them with `all`), and waits for the next. */
  #writeDue(all = false): void {
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    const now = performance.now(); // a timer's clock, not the (injectable) wall clock of slots
    for (const [runId, due] of this.#delayed) {
      if (!all && due > now) {
        this.#batchTimer = setTimeout(() => this.#writeDue(), due - now).unref();
        return;
      }
      this.#delayed.delete(runId);
      void this.#write(runId);
    }
  }

  /** Removes a run's entries (retention); `createdAt` names its slot. */
  async remove(runId: string, createdAt: number): Promise<void> {
    this.#pending.delete(runId);
    this.#delayed.delete(runId);
    this.#written.delete(runId);
    this.#created.delete(runId);
    await purgeKey(this.#bucket, entryKey(createdAt, runId));
    await purgeKey(this.#bucket, finishedKey(runId));
  }

  /** Every finished run's retention entry (as many reads as finished runs, none per run in flight). */
  async finishedRuns(): Promise<FinishedRun[]> {
    const out: FinishedRun[] = [];
    for (const entry of await lastEntries(this.#bucket.kv, { key: 'e.*' })) {
      const run = liveJson<FinishedRun>(entry);
      if (run) out.push(run);
    }
    return out;
  }

  /** Writes the retention entries of finished runs stored before those entries existed (those missing only); resolves with how many. */
  async indexFinished(runs: readonly FinishedRun[]): Promise<number> {
    const have = new Set((await lastEntries(this.#bucket.kv, { key: 'e.*', headersOnly: true })).map((e) => e.key));
    const missing = runs.filter((r) => !have.has(finishedKey(r.runId)));
    await mapLimited(missing, 64, (r) => this.#bucket.kv.put(finishedKey(r.runId), JSON.stringify(r)));
    return missing.length;
  }

  /** One summary's markers, entry and (finished run) retention entry; resolves with the entry's revision as `#store`. */
  #writeEntry(s: Entry): Promise<number | undefined> {
    const write = async (): Promise<number | undefined> => {
      await this.#mark(s);
      const revision = await this.#store(s);
      if (revision !== undefined && isFinishedStatus(s.status)) await this.#finished(s);
      return revision;
    };
    return runLimited(this.#writes, write);
  }

  async #finished(s: Entry): Promise<void> {
    const run: FinishedRun = { runId: s.runId, revision: s.rev, createdAt: s.createdAt, endedAt: s.endedAt ?? this.#now() };
    await this.#bucket.kv.put(finishedKey(s.runId), JSON.stringify(run));
  }

  /** Writes the delayed entries now; resolves when every noted summary is written (tests, shutdown). */
  flushed(): Promise<void> {
    this.#writeDue(true);
    return this.#idle;
  }

  /** Stops writing (pending summaries are dropped; the record is the truth). */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#batchTimer);
    this.#delayed.clear();
    this.#pending.clear();
    this.#wake?.();
  }

  /** Whether the index holds nothing at all (a new index, perhaps over existing runs). */
  async isEmpty(): Promise<boolean> {
    // One stream info, not a listing of every minute marker: this runs at every start-up.
    return (await this.#bucket.kv.status()).values === 0;
  }

  /**
   * A page of runs, newest first. `overlay` gives a fresher summary of a run this
   * process drives (or undefined); summaries not yet written are read from memory.
   */
  async page(filter: RunPageFilter, overlay: (runId: string) => RunSummary | undefined = () => undefined): Promise<RunPage> {
    const matches = pageMatcher(filter);
    const cursor = decodePageToken(filter.pageToken);
    const newest = Math.min(cursor ? cursor.createdAt : Infinity, filter.createdBefore !== undefined ? filter.createdBefore - 1 : Infinity);
    const oldest = filter.createdAfter ?? -Infinity;
    const inRange = (unit: number) => (t: number) => t <= Math.floor(newest / unit) && t >= Math.floor(oldest / unit);
    const pending = [...this.#pending.values()];
    const desc = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => b - a);
    const found: RunSummary[] = [];
    const minutes = desc([...(await this.#markers(minutePrefix(filter.workflow))), ...pending.map((s) => slotOf(s.createdAt))]).filter(inRange(SLOT_MS));
    walk: for (const minute of minutes) {
      const seconds = desc([
        ...(await this.#markers(secondPrefix(filter.workflow, minute))),
        ...pending.filter((s) => slotOf(s.createdAt) === minute).map((s) => secondOf(s.createdAt)),
      ]).filter(inRange(SECOND_MS));
      if (seconds.length === 0) await this.#forget(`${minutePrefix(filter.workflow)}${minute}`, minute * SLOT_MS);
      for (const second of seconds) {
        const inSecond = new Map<string, RunSummary>();
        for (const entry of await lastEntries(this.#bucket.kv, { key: `r.${minute}.${second}.*` })) {
          const s = withoutRev(entry.json<Entry>());
          inSecond.set(s.runId, s);
        }
        for (const s of pending) if (secondOf(s.createdAt) === second) inSecond.set(s.runId, withoutRev(s));
        if (inSecond.size === 0) await this.#forget(`${secondPrefix(filter.workflow, minute)}${second}`, second * SECOND_MS);
        for (const s of inSecond.values()) {
          const fresh = overlay(s.runId) ?? s;
          if (matches(fresh)) found.push(fresh);
        }
        // A second is read whole, so once a page (plus one, to know whether more follow) is found, stop.
        if (found.length > filter.limit) break walk;
      }
    }
    return cut(found.sort(newestFirst), filter.limit);
  }

  /** The numbers after `prefix` of the marker keys that start with it (headers only). */
  async #markers(prefix: string): Promise<number[]> {
    const entries = await lastEntries(this.#bucket.kv, { key: `${prefix}*`, headersOnly: true });
    return entries.map((e) => Number(e.key.slice(prefix.length))).filter(Number.isInteger);
  }

  /** A settled marker whose minute or second was found empty (retention removed its runs) is removed. */
  async #forget(marker: string, start: number): Promise<void> {
    if (start + SLOT_MS > this.#now() - SETTLED_MS) return;
    await purgeKey(this.#bucket, marker).catch(() => false);
  }

  async #write(runId: string): Promise<void> {
    if (this.#inFlight.has(runId)) return; // the write in flight picks up the newer summary after it
    this.#inFlight.set(runId, undefined);
    try {
      for (let s = this.#pending.get(runId); s && !this.#closed; s = this.#pending.get(runId)) {
        this.#pending.delete(runId);
        this.#inFlight.set(runId, s.status);
        try {
          const revision = await this.#writeEntry(s);
          if (revision === undefined || isFinishedStatus(s.status)) this.#written.delete(runId);
          else this.#written.set(runId, { status: s.status, revision });
        } catch (err) {
          this.#onError?.(runId, err);
          if (!this.#pending.has(runId)) this.#pending.set(runId, s);
          this.#inFlight.set(runId, undefined);
          await new Promise((resolve) => setTimeout(resolve, this.#retryMs).unref());
        }
      }
    } finally {
      this.#inFlight.delete(runId);
      if (this.#pending.size === 0 && this.#inFlight.size === 0) this.#wake?.();
    }
  }

  /**
   * Writes an entry with a compare-and-set on the index revision this process last wrote,
   * so that a late write (retried after a NATS blip, or from an owner that lost the run
   * since) never replaces what a newer record revision put there. Resolves with the new
   * index revision, or undefined when the stored entry is newer (ours is dropped).
   */
  async #store(s: Entry): Promise<number | undefined> {
    const { kv } = this.#bucket;
    const key = entryKey(s.createdAt, s.runId);
    const value = JSON.stringify(s);
    let expected = this.#written.get(s.runId)?.revision ?? null;
    // A run this process did not write before (adopted, resumed): read its entry first, and
    // write only if it says something else (a resumed run is mostly indexed already).
    let read = expected === null && !this.#created.delete(s.runId);
    for (let attempt = 1; ; attempt++) {
      if (read) {
        const entry = await kv.get(key);
        const stored = liveJson<Entry>(entry);
        if (stored && stored.rev >= s.rev) return undefined;
        if (stored && entry && sameSummary(stored, s)) return entry.revision;
        expected = stored && entry ? entry.revision : null;
      }
      try {
        return expected === null ? await kv.create(key, value) : await kv.update(key, value, expected);
      } catch (err) {
        // Three lost races in a row: give up for now, the retry comes back later.
        if (!isWrongLastSequence(err) || attempt >= 3) throw err;
        read = true;
      }
    }
  }

  /** Writes the markers of the run's minute and second unless this process wrote them already (recent ones only). */
  async #mark(s: RunSummary): Promise<void> {
    // An old slot's markers may have been removed by another process: always write those.
    const recent = slotOf(s.createdAt) >= slotOf(this.#now()) - 1;
    for (const key of markersOf(s.createdAt, s.workflow)) {
      if (recent && this.#markersWritten.has(key)) continue;
      await this.#bucket.kv.put(key, EMPTY);
      if (!recent) continue;
      if (this.#markersWritten.size >= MAX_MARKERS_MEMO) this.#markersWritten.clear();
      this.#markersWritten.add(key);
    }
  }
}
