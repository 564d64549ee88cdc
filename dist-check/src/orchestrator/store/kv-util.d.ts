/**
 * Small helpers over the classic `nats` KV API shared by the stores.
 * @internal
 */
import type { JetStreamManager, KV, KvEntry } from 'nats';
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
export declare function streamOf(bucket: Bucket): string;
/** Subject of one key of a bucket (default JetStream domain). */
export declare function subjectOf(bucket: Bucket, key: string): string;
/** True when a KV `create`/`update` failed its compare-and-set. */
export declare function isWrongLastSequence(err: unknown): boolean;
/**
 * Runs a compare-and-set `write` (KV create/update/delete with an expected revision)
 * and turns its failed check into a StaleWriteError naming `id` and the revision expected.
 */
export declare function compareAndSet<T>(bucket: Bucket, id: string, expectedRevision: number | null, write: () => Promise<T>): Promise<T>;
/** JSON bytes of a value. */
export declare function encodeJson(value: unknown): Uint8Array;
/** The entry's JSON value when it is a live value (not a delete or purge marker). */
export declare function liveJson<T>(entry: KvEntry | null): T | undefined;
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
export declare function lastEntries(kv: KV, options?: LastEntriesOptions): Promise<KvEntry[]>;
/**
 * Deletes `key` if, and only if, its latest revision is `revision`, leaving no
 * delete marker behind (the message is removed from the stream). Needs a bucket
 * with `history: 1`: an overwritten revision is gone, so deleting it fails and
 * the call returns false. Watchers are not told (no marker).
 */
export declare function deleteRevision(bucket: Bucket, key: string, revision: number): Promise<boolean>;
/** Removes every message of `key`, markers included; returns whether there was any. */
export declare function purgeKey(bucket: Bucket, key: string): Promise<boolean>;
/**
 * Calls `onEntry` for every entry of the bucket now, then for every change, until the
 * returned stop is called. `onReady` runs once the stored ones were delivered; `onEnd` if
 * the watch ends without being stopped (its consumer was lost), so the caller can watch anew.
 */
export declare function watchBucket(kv: KV, onEntry: (entry: KvEntry) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void>;
