import { keyToken } from './keys.js';
import { isWrongLastSequence, lastEntries, liveJson, purgeKey, type Bucket } from './kv-util.js';
import { cut, newestFirst, pageMatcher, decodePageToken, type RunPage, type RunPageFilter, type RunSummary } from './run-page.js';
import { isFinishedStatus } from './run-record.js';

/** Width of one index slot: runs are grouped by the minute they were created in. */
export const SLOT_MS = 60_000;
/** A slot this much older than now is settled: an empty one may lose its markers. */
const SETTLED_MS = 10 * 60_000;
/** Markers remembered as written (per process), before the memory is cleared. */
const MAX_MARKERS_MEMO = 10_000;
const EMPTY = new Uint8Array(0);

/** The slot of a creation time. */
export function slotOf(createdAt: number): number {
  return Math.floor(createdAt / SLOT_MS);
}

/** An index entry: the summary and the revision of the run record it was taken from. */
type Entry = RunSummary & { readonly rev: number };

/** A summary without the record revision (what readers get). */
const withoutRev = ({ rev: _rev, ...summary }: Entry): RunSummary => summary;

const entryKey = (slot: number, runId: string): string => `r.${slot}.${keyToken(runId)}`;
const slotMarker = (slot: number): string => `s.${slot}`;
const workflowMarker = (workflow: string, slot: number): string => `w.${keyToken(workflow)}.${slot}`;

/** Options of {@link RunListIndex}. */
export interface RunListIndexOptions {
  /** Wait before retrying a failed index write. @default 1000 */
  readonly retryMs?: number;
  /** Wall clock. @default Date.now */
  readonly now?: () => number;
  /** An index write failed (it is retried). */
  readonly onError?: (runId: string, err: unknown) => void;
}

/**
 * The run list index (`troupe_run_index`), so that ListRuns reads the runs of the
 * minutes it shows instead of every run record:
 *
 * - `r.<slot>.<runId>` → the run's summary (status, times, error), written when it changes;
 * - `s.<slot>` and `w.<workflow>.<slot>`: empty markers of the minutes that have runs (of a workflow).
 *
 * A page walks the marked slots newest first and reads one slot (one ordered consumer on
 * `r.<slot>.*`) at a time until it is full. Writes are asynchronous, ordered per run and
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
  /** The status and index revision last written, per unfinished run (finished runs are forgotten once written). */
  readonly #written = new Map<string, { readonly status: string; readonly revision: number }>();
  /** Summaries waiting to be written, per run: only the latest matters. */
  readonly #pending = new Map<string, Entry>();
  readonly #inFlight = new Set<string>();
  readonly #markers = new Set<string>();
  #idle: Promise<void> = Promise.resolve();
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(bucket: Bucket, options: RunListIndexOptions = {}) {
    this.#bucket = bucket;
    this.#retryMs = options.retryMs ?? 1000;
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError;
  }

  /**
   * Records a run's summary, taken from the record written at `revision`, if its status
   * changed since the last one written here (cheap otherwise).
   */
  note(summary: RunSummary, revision: number): void {
    if (this.#closed || (this.#written.get(summary.runId)?.status === summary.status && !this.#pending.has(summary.runId))) return;
    const { waiting: _waiting, ...stored } = summary;
    this.#pending.set(summary.runId, { ...stored, rev: revision });
    if (this.#pending.size === 1 && this.#inFlight.size === 0) this.#idle = new Promise((resolve) => (this.#wake = resolve));
    void this.#write(summary.runId);
  }

  /** Removes a run's entry (retention); `createdAt` names its slot. */
  async remove(runId: string, createdAt: number): Promise<void> {
    this.#pending.delete(runId);
    this.#written.delete(runId);
    await purgeKey(this.#bucket, entryKey(slotOf(createdAt), runId));
  }

  /** Resolves when every noted summary is written (tests, shutdown). */
  flushed(): Promise<void> {
    return this.#idle;
  }

  /** Stops writing (pending summaries are dropped; the record is the truth). */
  close(): void {
    this.#closed = true;
    this.#pending.clear();
    this.#wake?.();
  }

  /** Whether any slot is marked (false: a new index, perhaps over existing runs). */
  async isEmpty(): Promise<boolean> {
    return (await this.#slots(undefined)).length === 0;
  }

  /**
   * A page of runs, newest first. `overlay` gives a fresher summary of a run this
   * process drives (or undefined); summaries not yet written are read from memory.
   */
  async page(filter: RunPageFilter, overlay: (runId: string) => RunSummary | undefined = () => undefined): Promise<RunPage> {
    const matches = pageMatcher(filter);
    const cursor = decodePageToken(filter.pageToken);
    const top = Math.min(
      cursor ? slotOf(cursor.createdAt) : Infinity,
      filter.createdBefore !== undefined ? slotOf(filter.createdBefore - 1) : Infinity,
    );
    const bottom = filter.createdAfter !== undefined ? slotOf(filter.createdAfter) : -Infinity;
    const slots = [...new Set([...(await this.#slots(filter.workflow)), ...this.#pendingSlots()])]
      .filter((s) => s <= top && s >= bottom)
      .sort((a, b) => b - a);
    const found: RunSummary[] = [];
    for (const slot of slots) {
      const inSlot = new Map<string, RunSummary>();
      const entries = await lastEntries(this.#bucket.kv, { key: `r.${slot}.*` });
      for (const entry of entries) {
        const s = withoutRev(entry.json<Entry>());
        inSlot.set(s.runId, s);
      }
      for (const s of this.#pending.values()) if (slotOf(s.createdAt) === slot) inSlot.set(s.runId, withoutRev(s));
      if (inSlot.size === 0) await this.#forgetSlot(slot, filter.workflow);
      for (const s of inSlot.values()) {
        const fresh = overlay(s.runId) ?? s;
        if (matches(fresh)) found.push(fresh);
      }
      // A slot is read whole, so once a page (plus one, to know whether more follow) is found, stop.
      if (found.length > filter.limit) break;
    }
    return cut(found.sort(newestFirst), filter.limit);
  }

  #pendingSlots(): number[] {
    return [...this.#pending.values()].map((s) => slotOf(s.createdAt));
  }

  /** The marked slots (of one workflow, or all). */
  async #slots(workflow: string | undefined): Promise<number[]> {
    const prefix = workflow ? `w.${keyToken(workflow)}.` : 's.';
    const entries = await lastEntries(this.#bucket.kv, { key: `${prefix}*`, headersOnly: true });
    return entries.map((e) => Number(e.key.slice(prefix.length))).filter(Number.isInteger);
  }

  /** A settled slot found empty (retention removed its runs) loses its marker. */
  async #forgetSlot(slot: number, workflow: string | undefined): Promise<void> {
    if ((slot + 1) * SLOT_MS > this.#now() - SETTLED_MS) return;
    await purgeKey(this.#bucket, workflow ? workflowMarker(workflow, slot) : slotMarker(slot)).catch(() => false);
  }

  async #write(runId: string): Promise<void> {
    if (this.#inFlight.has(runId)) return; // the write in flight picks up the newer summary after it
    this.#inFlight.add(runId);
    try {
      for (let s = this.#pending.get(runId); s && !this.#closed; s = this.#pending.get(runId)) {
        this.#pending.delete(runId);
        try {
          await this.#mark(s);
          const revision = await this.#store(s);
          if (revision === undefined || isFinishedStatus(s.status)) this.#written.delete(runId);
          else this.#written.set(runId, { status: s.status, revision });
        } catch (err) {
          this.#onError?.(runId, err);
          if (!this.#pending.has(runId)) this.#pending.set(runId, s);
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
    const key = entryKey(slotOf(s.createdAt), s.runId);
    const value = JSON.stringify(s);
    let expected = this.#written.get(s.runId)?.revision ?? null;
    for (let attempt = 1; ; attempt++) {
      try {
        return expected === null ? await kv.create(key, value) : await kv.update(key, value, expected);
      } catch (err) {
        // Three lost races in a row: give up for now, the retry comes back later.
        if (!isWrongLastSequence(err) || attempt >= 3) throw err;
      }
      const entry = await kv.get(key);
      const stored = liveJson<Entry>(entry);
      if (stored && stored.rev >= s.rev) return undefined;
      expected = stored && entry ? entry.revision : null;
    }
  }

  /** Writes the slot's markers unless this process wrote them already (recent slots only). */
  async #mark(s: RunSummary): Promise<void> {
    const slot = slotOf(s.createdAt);
    // An old slot's markers may have been removed by another process: always write those.
    const recent = slot >= slotOf(this.#now()) - 1;
    for (const key of [slotMarker(slot), workflowMarker(s.workflow, slot)]) {
      if (recent && this.#markers.has(key)) continue;
      await this.#bucket.kv.put(key, EMPTY);
      if (!recent) continue;
      if (this.#markers.size >= MAX_MARKERS_MEMO) this.#markers.clear();
      this.#markers.add(key);
    }
  }
}
