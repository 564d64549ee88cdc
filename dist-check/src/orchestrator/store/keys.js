import { createHash } from 'node:crypto';
/** Ids matching this are used as KV keys as they are. */
const PLAIN = /^[A-Za-z0-9_-]+$/;
/** Longest key token; a NATS control line (subject included) must stay well under 4 KB. */
const MAX_TOKEN = 200;
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
export function keyToken(id) {
    if (id.length <= MAX_TOKEN && PLAIN.test(id))
        return id;
    const escaped = `=${Buffer.from(id, 'utf8').toString('base64url')}`;
    if (escaped.length <= MAX_TOKEN)
        return escaped;
    return `==${createHash('sha256').update(id, 'utf8').digest('base64url')}`;
}
/** The id of a key token made by {@link keyToken}; `undefined` for a hashed (long) one. */
export function idFromKeyToken(token) {
    if (token.startsWith('=='))
        return undefined;
    if (token.startsWith('='))
        return Buffer.from(token.slice(1), 'base64url').toString('utf8');
    return token;
}
//# sourceMappingURL=keys.js.map