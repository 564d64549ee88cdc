import { InvalidArgumentError } from '../../sdk/errors.js';
import { keyToken } from './keys.js';
import { encodeJson, isWrongLastSequence, liveJson, purgeKey } from './kv-util.js';
/**
 * StartRun idempotency keys → the run they started, in `troupe_idempotency`
 * (entries expire with the bucket's TTL, 24 h by default). `claim` is
 * create-or-get: of several orchestrators racing on one key exactly one
 * create succeeds, and every caller gets that winner's run id.
 *
 * @example
 * const winner = await idempotency.claim(request.idempotencyKey, newRunId);
 * if (winner !== newRunId) return { runId: winner }; // a duplicate StartRun
 */
export class IdempotencyStore {
    #bucket;
    #now;
    constructor(bucket, options = {}) {
        this.#bucket = bucket;
        this.#now = options.now ?? Date.now;
    }
    /** Binds `key` to `runId` unless it is bound already; resolves with the run id it is bound to. */
    async claim(key, runId) {
        const token = tokenOf(key);
        const value = encodeJson({ runId, claimedAt: this.#now() });
        // A lost create means someone else bound the key; if their entry vanished
        // (expired) before we read it, try to create again.
        for (let attempt = 0; attempt < 5; attempt++) {
            try {
                await this.#bucket.kv.create(token, value);
                return runId;
            }
            catch (err) {
                if (!isWrongLastSequence(err))
                    throw err;
            }
            const existing = liveJson(await this.#bucket.kv.get(token));
            if (existing !== undefined)
                return existing.runId;
        }
        throw new Error(`idempotency key ${JSON.stringify(key)}: could not claim or read it after 5 attempts`);
    }
    /** The run id `key` is bound to, if any. */
    async get(key) {
        return liveJson(await this.#bucket.kv.get(tokenOf(key)))?.runId;
    }
    /** Unbinds `key`, e.g. when the run it was claimed for could not be started. */
    async forget(key) {
        await purgeKey(this.#bucket, tokenOf(key));
    }
}
function tokenOf(key) {
    if (key === '')
        throw new InvalidArgumentError('an idempotency key must not be empty');
    return keyToken(key);
}
//# sourceMappingURL=idempotency.js.map