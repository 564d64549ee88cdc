import type { JetStreamManager, ObjectStore } from 'nats';
import { TroupeError } from '../../sdk/errors.js';
/** The key of a reference node: `{ "$troupe_ref": "obj:<name>", "bytes": n, "sha256": hex }`. */
export declare const REF_KEY = "$troupe_ref";
/**
 * The key of an escaped user object: a stored value that itself has a `$troupe_ref`
 * or `$troupe_lit` key is written as `{ "$troupe_lit": value }`, so user data can
 * never be mistaken for a reference.
 */
export declare const LIT_KEY = "$troupe_lit";
/**
 * Objects of a record that stay objects (their children may still go by reference),
 * because `list()` readers use their small fields: the record itself (status,
 * times, owner, epoch), its run snapshot and the snapshot's context (endedAt, error).
 */
interface Pin {
    readonly [key: string]: Pin;
}
/** A reference to a value kept in the object store. */
export interface PayloadRef {
    readonly [REF_KEY]: string;
    /** Size of the stored JSON, in bytes. */
    readonly bytes: number;
    /** SHA-256 (hex) of the stored JSON: checked on every read. */
    readonly sha256: string;
}
/** Options of {@link PayloadRefs}. */
export interface PayloadRefsOptions {
    /** The object store bucket (`troupe_payloads`). */
    readonly os: ObjectStore;
    /** Its name. @default 'troupe_payloads' */
    readonly bucket?: string;
    /** When given, a deleted object leaves no delete marker behind (its meta message is purged too). */
    readonly jsm?: JetStreamManager;
    /** The NATS server's max payload (`nc.info.max_payload`): a record must fit it. */
    readonly maxPayload: number;
    /** Values whose JSON is larger go by reference. @default maxPayload / 16 */
    readonly inlineMaxBytes?: number;
}
/** Storing or reading a referenced value failed (object store down or full, object gone): UNAVAILABLE. */
export declare class PayloadUnavailableError extends TroupeError {
    readonly name = "PayloadUnavailableError";
    constructor(message: string, cause?: unknown);
}
/**
 * Moves the large values of a run record into the JetStream object store and back.
 * `externalize` replaces every value (string, object or array) whose JSON is over
 * `inlineMaxBytes` by a {@link PayloadRef}, bottom-up, so a big string inside an
 * object is referenced on its own. Objects are named `<run key token>/<sha256>`:
 * content-addressed within a run (the input, repeated in the run's and tasks'
 * snapshots, is stored once) and deleted with the run by `deleteRuns`. A value is
 * uploaded once per run: later writes of the same run find its name in a cache.
 * `resolve` turns references back into values (checking size and SHA-256) and
 * unescapes `$troupe_lit`; it is called once per record read, at the store's edge.
 */
export declare class PayloadRefs {
    #private;
    readonly bucket: string;
    readonly maxPayload: number;
    readonly inlineMaxBytes: number;
    constructor(options: PayloadRefsOptions);
    /**
     * `value` with its large parts replaced by references to objects of `runId`
     * (uploaded before this resolves) and user objects with a marker key escaped.
     */
    externalize(runId: string, value: unknown, inlineMaxBytes?: number, pin?: Pin): Promise<unknown>;
    /**
     * JSON bytes of `record` that fit the NATS max payload (less `headroom`): large
     * values by reference, and if that is not enough, every value over 1 KiB.
     * Throws {@link PayloadTooLargeError} if even that does not fit.
     */
    encode(runId: string, record: unknown, headroom?: number): Promise<Uint8Array>;
    /** `value` with every reference replaced by its value (read once per object) and escapes undone. */
    resolve(value: unknown): Promise<unknown>;
    /** Deletes every object of these runs (one listing of the bucket); resolves with how many were deleted. */
    deleteRuns(runIds: readonly string[]): Promise<number>;
}
export {};
