/**
 * The KV key token (one NATS subject token, no dots) for an id.
 *
 * - `[A-Za-z0-9_-]+` up to 200 characters: the id itself (`nats kv get troupe_runs <runId>` works);
 * - anything else: `=` + base64url of its UTF-8 bytes (the empty id is `=`);
 * - if that is still longer than 200 characters: `==` + base64url(SHA-256), not reversible.
 *
 * The three forms cannot collide: a plain id never contains `=`, base64url never does either.
 * Stores keep the id inside the value, so they never need to decode a key.
 *
 * @example keyToken('run-1') // 'run-1'
 * @example keyToken('a.b')   // '=YS5i'
 */
export declare function keyToken(id: string): string;
/** The id of a key token made by {@link keyToken}; `undefined` for a hashed (long) one. */
export declare function idFromKeyToken(token: string): string | undefined;
