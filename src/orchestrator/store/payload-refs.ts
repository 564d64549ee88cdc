import { createHash } from 'node:crypto';
import type { JetStreamManager, ObjectStore } from 'nats';
import { Status, TroupeError } from '../../sdk/errors.js';
import { PayloadTooLargeError } from '../../sdk/grpc/payload-limits.js';
import { keyToken } from './keys.js';

/** The key of a reference node: `{ "$troupe_ref": "obj:<name>", "bytes": n, "sha256": hex }`. */
export const REF_KEY = '$troupe_ref';
/**
 * The key of an escaped user object: a stored value that itself has a `$troupe_ref`
 * or `$troupe_lit` key is written as `{ "$troupe_lit": value }`, so user data can
 * never be mistaken for a reference.
 */
export const LIT_KEY = '$troupe_lit';

/**
 * Objects of a record that stay objects (their children may still go by reference),
 * because `list()` readers use their small fields: the record itself (status,
 * times, owner, epoch), its run snapshot and the snapshot's context (endedAt, error).
 */
interface Pin {
  readonly [key: string]: Pin;
}
const RECORD_PIN: Pin = { run: { context: {} } };

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
export class PayloadUnavailableError extends TroupeError {
  override readonly name = 'PayloadUnavailableError';
  constructor(message: string, cause?: unknown) {
    super(Status.UNAVAILABLE, message, { cause });
  }
}

interface Content {
  readonly sha256: string;
  readonly bytes: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Big strings whose hash is remembered (by content; the same string object is found in O(1)). */
const STRING_CACHE = 32;
/** Object names known to be uploaded. */
const UPLOADED_CACHE = 10_000;
/** Runs remembered as having large records. */
const LARGE_RUNS_CACHE = 10_000;
/** Bytes of recently read values kept (a follower of a run reads the same objects with every version). */
const READ_CACHE_BYTES = 64 * 1024 * 1024;

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
export class PayloadRefs {
  readonly bucket: string;
  readonly maxPayload: number;
  readonly inlineMaxBytes: number;
  readonly #os: ObjectStore;
  readonly #jsm: JetStreamManager | undefined;
  readonly #objects = new WeakMap<object, Content>();
  readonly #strings = new Map<string, Content>();
  readonly #uploaded = new Set<string>();
  /** Runs whose record was over `inlineMaxBytes` as it was (their later records are externalized at once). */
  readonly #largeRuns = new Set<string>();
  /** Recently read values by object name, least recently used first (content-addressed: never stale). */
  readonly #recent = new Map<string, { value: unknown; bytes: number }>();
  #recentBytes = 0;

  constructor(options: PayloadRefsOptions) {
    this.#os = options.os;
    this.#jsm = options.jsm;
    this.bucket = options.bucket ?? 'troupe_payloads';
    this.maxPayload = options.maxPayload;
    this.inlineMaxBytes = options.inlineMaxBytes ?? Math.floor(options.maxPayload / 16);
  }

  /**
   * `value` with its large parts replaced by references to objects of `runId`
   * (uploaded before this resolves) and user objects with a marker key escaped.
   */
  async externalize(runId: string, value: unknown, inlineMaxBytes = this.inlineMaxBytes, pin?: Pin): Promise<unknown> {
    const uploads = new Map<string, () => Promise<void>>();
    const out = this.#visit(value, keyToken(runId), inlineMaxBytes, uploads, pin).node;
    await Promise.all([...uploads.values()].map((upload) => upload()));
    return out;
  }

  /**
   * JSON bytes of `record` that fit the NATS max payload (less `headroom`): large
   * values by reference, and if that is not enough, every value over 1 KiB.
   * Throws {@link PayloadTooLargeError} if even that does not fit.
   */
  async encode(runId: string, record: unknown, headroom = 4096): Promise<Uint8Array> {
    const limit = this.maxPayload - headroom;
    // The common case: a small record with no marker key in it is stored as it is, from one JSON
    // text (measuring it first with jsonSize cost as much as writing it). A run whose record was
    // too large once keeps large values: its later writes skip the whole text and go by reference.
    if (!this.#largeRuns.has(runId)) {
      const plain = jsonText(record);
      if (plain !== undefined) {
        const bytes = encoder.encode(plain);
        if (bytes.byteLength > this.inlineMaxBytes) remember(this.#largeRuns, runId, LARGE_RUNS_CACHE);
        else if (!plain.includes('"$troupe_')) return bytes;
      }
    }
    for (const inline of [this.inlineMaxBytes, 1024]) {
      const bytes = encoder.encode(JSON.stringify(await this.externalize(runId, record, inline, RECORD_PIN)));
      if (bytes.byteLength <= limit) return bytes;
    }
    throw new PayloadTooLargeError(`the record of run ${runId}`, limit + 1, limit, 'the NATS max_payload, less headroom', { runId });
  }

  /** `value` with every reference replaced by its value (read once per object) and escapes undone. */
  async resolve(value: unknown): Promise<unknown> {
    const names = new Set<string>();
    const found = { marked: false };
    const scan = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (const item of v) scan(item);
        return;
      }
      const ref = refName(v);
      if (ref !== undefined) {
        names.add(ref);
        found.marked = true;
        return;
      }
      if (isLit(v)) {
        found.marked = true;
        const inner = (v as Record<string, unknown>)[LIT_KEY];
        if (inner !== null && typeof inner === 'object') for (const item of Object.values(inner)) scan(item);
        return;
      }
      for (const item of Object.values(v)) scan(item);
    };
    scan(value);
    if (!found.marked) return value;
    const fetched = new Map<string, unknown>();
    await Promise.all(
      [...names].map(async (name) => {
        fetched.set(name, await this.resolve(await this.#read(name)));
      }),
    );
    const rebuild = (v: unknown): unknown => {
      if (v === null || typeof v !== 'object') return v;
      if (Array.isArray(v)) return v.map(rebuild);
      const ref = refName(v);
      if (ref !== undefined) return fetched.get(ref);
      const lit = isLit(v) ? (v as Record<string, unknown>)[LIT_KEY] : v;
      if (lit === null || typeof lit !== 'object' || Array.isArray(lit)) return rebuild(lit);
      return Object.fromEntries(Object.entries(lit).map(([k, item]) => [k, rebuild(item)]));
    };
    return rebuild(value);
  }

  /** Deletes every object of these runs (one listing of the bucket); resolves with how many were deleted. */
  async deleteRuns(runIds: readonly string[]): Promise<number> {
    if (runIds.length === 0) return 0;
    for (const runId of runIds) this.#largeRuns.delete(runId);
    const prefixes = new Set(runIds.map((id) => `${keyToken(id)}/`));
    const infos = await this.#os.list();
    let deleted = 0;
    for (const info of infos) {
      const slash = info.name.indexOf('/');
      if (slash < 0 || !prefixes.has(info.name.slice(0, slash + 1))) continue;
      await this.#os.delete(info.name);
      // The object store keeps a "deleted" meta message per object: remove it, so the bucket does not grow with runs.
      const meta = `$O.${this.bucket}.M.${padded(Buffer.from(info.name, 'utf8').toString('base64url'))}`;
      await this.#jsm?.streams.purge(`OBJ_${this.bucket}`, { filter: meta });
      this.#uploaded.delete(info.name);
      const cached = this.#recent.get(info.name);
      if (cached) {
        this.#recent.delete(info.name);
        this.#recentBytes -= cached.bytes;
      }
      deleted++;
    }
    return deleted;
  }

  #visit(v: unknown, run: string, inline: number, uploads: Map<string, () => Promise<void>>, pin?: Pin): { node: unknown; size: number } {
    if (typeof v === 'string') {
      // UTF-16 length: an estimate; the caller checks the real size of the record.
      return v.length + 2 > inline ? { node: this.#ref(v, run, uploads, v), size: 120 } : { node: v, size: v.length + 2 };
    }
    if (v === null || typeof v !== 'object') return { node: v, size: 8 };
    let size = 2;
    let node: unknown;
    if (Array.isArray(v)) {
      node = v.map((item) => {
        const r = this.#visit(item, run, inline, uploads);
        size += r.size + 1;
        return r.node;
      });
    } else {
      const copy: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const r = this.#visit(item, run, inline, uploads, pin?.[k]);
        size += r.size + k.length + 4;
        copy[k] = r.node;
      }
      node = REF_KEY in v || LIT_KEY in v ? { [LIT_KEY]: copy } : copy;
    }
    // The identity cache holds contents made with the default threshold only.
    return size > inline && pin === undefined ? { node: this.#ref(node, run, uploads, inline === this.inlineMaxBytes ? v : null), size: 120 } : { node, size };
  }

  /** A reference to `stored` (uploaded if not yet); `original` keys the identity cache (null: none). */
  #ref(stored: unknown, run: string, uploads: Map<string, () => Promise<void>>, original: string | object | null): PayloadRef {
    let content = typeof original === 'string' ? this.#strings.get(original) : original === null ? undefined : this.#objects.get(original);
    let data: Uint8Array | undefined;
    if (!content) {
      data = encoder.encode(JSON.stringify(stored));
      content = { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength };
      if (typeof original === 'string') {
        if (this.#strings.size >= STRING_CACHE) this.#strings.delete(this.#strings.keys().next().value!);
        this.#strings.set(original, content);
      } else if (original !== null) this.#objects.set(original, content);
    }
    const name = `${run}/${content.sha256}`;
    if (!this.#uploaded.has(name) && !uploads.has(name)) {
      const bytes = data ?? encoder.encode(JSON.stringify(stored));
      const size = content.bytes;
      uploads.set(name, async () => {
        // Another writer of the run (an earlier owner, this one before a restart) may have stored it.
        try {
          const info = await this.#os.info(name);
          if (info?.size !== size || info.deleted) await this.#os.putBlob({ name }, bytes);
        } catch (err) {
          throw new PayloadUnavailableError(`cannot store payload ${name} (${size} bytes) in ${this.bucket}: ${(err as Error).message}`, err);
        }
        remember(this.#uploaded, name, UPLOADED_CACHE);
      });
    }
    return { [REF_KEY]: `obj:${name}`, bytes: content.bytes, sha256: content.sha256 };
  }

  async #read(name: string): Promise<unknown> {
    const cached = this.#recent.get(name);
    if (cached) {
      this.#recent.delete(name);
      this.#recent.set(name, cached);
      return cached.value;
    }
    return this.#fetch(name);
  }

  #remember(name: string, value: unknown, bytes: number): void {
    if (bytes > READ_CACHE_BYTES / 2) return;
    this.#recent.set(name, { value, bytes });
    this.#recentBytes += bytes;
    for (const [old, entry] of this.#recent) {
      if (this.#recentBytes <= READ_CACHE_BYTES) break;
      this.#recent.delete(old);
      this.#recentBytes -= entry.bytes;
    }
  }

  async #fetch(name: string): Promise<unknown> {
    let data: Uint8Array | null;
    try {
      data = await this.#os.getBlob(name);
    } catch (err) {
      throw new PayloadUnavailableError(`cannot read payload ${name} from ${this.bucket}: ${(err as Error).message}`, err);
    }
    if (data === null) throw new PayloadUnavailableError(`payload ${name} is missing from ${this.bucket} (removed by retention or max age?)`);
    const sha = createHash('sha256').update(data).digest('hex');
    if (!name.endsWith(`/${sha}`)) throw new PayloadUnavailableError(`payload ${name} in ${this.bucket} does not match its SHA-256`);
    const value = JSON.parse(decoder.decode(data)) as unknown;
    this.#remember(name, value, data.byteLength);
    return value;
  }
}

/** The object name of a reference node, or undefined for any other object. */
function refName(v: object): string | undefined {
  const ref = (v as Record<string, unknown>)[REF_KEY];
  if (typeof ref !== 'string' || !ref.startsWith('obj:')) return undefined;
  const keys = Object.keys(v);
  return keys.length === 3 && 'bytes' in v && 'sha256' in v ? ref.slice(4) : undefined;
}

/** base64url with `=` padding, as the object store names its meta subjects. */
function padded(b64url: string): string {
  return b64url + '='.repeat((4 - (b64url.length % 4)) % 4);
}

function isLit(v: object): boolean {
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0] === LIT_KEY;
}

/** `value` as JSON, or undefined when the text would be longer than a string can be. */
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/** Adds `item` to a bounded set, forgetting the oldest entry when it is full. */
function remember(set: Set<string>, item: string, max: number): void {
  if (set.size >= max) set.delete(set.values().next().value!);
  set.add(item);
}
