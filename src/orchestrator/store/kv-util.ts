/**
 * Small helpers over the classic `nats` KV API shared by the stores.
 * @internal
 */
import type { JetStreamManager, KV, KvEntry } from 'nats';
import { isMissingMessage, JS_ERR, jetStreamErrorCode } from '../../sdk/util/jetstream-errors.js';
import { StaleWriteError } from './errors.js';

/** An opened KV bucket with what the stores need besides the KV view. @internal */
export interface Bucket {
  /** Bucket name, e.g. `troupe_runs`. */
  readonly name: string;
  readonly kv: KV;
  /** The same view without the resends during elections (`retryDuringElections`), for writes whose value goes stale (a lease deadline). @default kv */
  readonly direct?: KV;
  readonly jsm: JetStreamManager;
}

/** Name of the stream behind a bucket. */
export function streamOf(bucket: Bucket): string {
  return `KV_${bucket.name}`;
}

/** Subject of one key of a bucket (default JetStream domain). */
export function subjectOf(bucket: Bucket, key: string): string {
  return `$KV.${bucket.name}.${key}`;
}

/** True when a KV `create`/`update` failed its compare-and-set. */
export function isWrongLastSequence(err: unknown): boolean {
  return jetStreamErrorCode(err) === JS_ERR.WRONG_LAST_SEQUENCE;
}

/**
 * Runs a compare-and-set `write` (KV create/update/delete with an expected revision)
 * and turns its failed check into a StaleWriteError naming `id` and the revision expected.
 */
export async function compareAndSet<T>(bucket: Bucket, id: string, expectedRevision: number | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isWrongLastSequence(err)) throw new StaleWriteError(bucket.name, id, expectedRevision, err);
    throw err;
  }
}

const encoder = new TextEncoder();

/** JSON bytes of a value. */
export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** The entry's JSON value when it is a live value (not a delete or purge marker). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- like nats' own entry.json<T>(), a named cast point for stored JSON
export function liveJson<T>(entry: KvEntry | null): T | undefined {
  if (entry?.operation !== 'PUT') return undefined;
  return entry.json<T>();
}

/** Options of {@link lastEntries}. */
export interface LastEntriesOptions {
  /** Key filter, NATS wildcards allowed. @default '>' */
  key?: string;
  /** Only headers (key, revision), no values. @default false */
  headersOnly?: boolean;
}

/**
 * The latest live entry of every key (matching `key`), in one ordered consumer
 * rather than one request per key. Delete and purge markers are left out.
 */
export async function lastEntries(kv: KV, options: LastEntriesOptions = {}): Promise<KvEntry[]> {
  let initialized = false;
  let iter: Awaited<ReturnType<KV['watch']>> | undefined;
  const watched = await kv.watch({
    key: options.key ?? '>',
    headers_only: options.headersOnly ?? false,
    // Runs once every entry present when the watch started was delivered.
    initializedFn: () => {
      initialized = true;
      iter?.stop();
    },
  });
  iter = watched;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by initializedFn, which TypeScript does not see run
  if (initialized) watched.stop(); // an empty bucket: called before watch() returned
  const latest = new Map<string, KvEntry>();
  for await (const entry of watched) latest.set(entry.key, entry);
  return [...latest.values()].filter((e) => e.operation === 'PUT');
}

/**
 * Deletes `key` if, and only if, its latest revision is `revision`, leaving no
 * delete marker behind (the message is removed from the stream). Needs a bucket
 * with `history: 1`: an overwritten revision is gone, so deleting it fails and
 * the call returns false. Watchers are not told (no marker).
 */
export async function deleteRevision(bucket: Bucket, key: string, revision: number): Promise<boolean> {
  const entry = await bucket.kv.get(key);
  // Check the revision belongs to this key before deleting a message by sequence.
  if (entry?.operation !== 'PUT' || entry.revision !== revision) return false;
  try {
    return await bucket.jsm.streams.deleteMessage(streamOf(bucket), revision, false);
  } catch (err) {
    if (isMissingMessage(err)) return false;
    throw err;
  }
}

/** Removes every message of `key`, markers included; returns whether there was any. */
export async function purgeKey(bucket: Bucket, key: string): Promise<boolean> {
  const r = await bucket.jsm.streams.purge(streamOf(bucket), { filter: subjectOf(bucket, key) });
  return r.purged > 0;
}

/**
 * Calls `onEntry` for every entry of the bucket now, then for every change, until the
 * returned stop is called. `onReady` runs once the stored ones were delivered; `onEnd` if
 * the watch ends without being stopped (its consumer was lost), so the caller can watch anew.
 */
export async function watchBucket(kv: KV, onEntry: (entry: KvEntry) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void> {
  const iter = await kv.watch({ key: '>', ...(onReady ? { initializedFn: onReady } : {}) });
  let stopped = false;
  void (async () => {
    for await (const entry of iter) onEntry(entry);
  })().then(
    () => (stopped ? undefined : onEnd?.()),
    (err: unknown) => (stopped ? undefined : onEnd?.(err)),
  );
  return () => {
    stopped = true;
    iter.stop();
  };
}
