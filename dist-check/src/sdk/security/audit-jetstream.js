import { DeliverPolicy, DiscardPolicy, JSONCodec, nanos, RetentionPolicy, StorageType } from 'nats';
import { METRIC, troupeMeter } from '../telemetry/index.js';
import { JS_ERR, jetStreamErrorCode } from '../util/jetstream-errors.js';
import { matches, newest, stamp } from './audit.js';
/** The audit stream and its subjects (`troupe.audit.<action>`). */
export const AUDIT_STREAM = 'TROUPE_AUDIT';
export const AUDIT_SUBJECTS = 'troupe.audit.>';
const codec = JSONCodec();
const token = (s) => s.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
/**
 * An audit log in the JetStream stream `TROUPE_AUDIT` (created or updated to the
 * given limits). `append` only queues: one writer publishes the queue in order, so
 * a slow or unavailable NATS never blocks a call; events beyond `bufferSize` and
 * failed publishes are dropped, logged and counted (`troupe_audit_failures_total`).
 */
export async function openJetStreamAuditLog(nc, options = {}) {
    const jsm = await nc.jetstreamManager();
    const config = {
        max_age: nanos(options.maxAgeMs ?? 30 * 24 * 3_600_000),
        max_bytes: options.maxBytes ?? 1024 * 1024 * 1024,
        discard: DiscardPolicy.Old,
        // An existing stream is scaled to it too (an ordinary update on a cluster).
        num_replicas: options.replicas ?? 1,
    };
    let exists = true;
    try {
        await jsm.streams.info(AUDIT_STREAM);
    }
    catch (err) {
        if (jetStreamErrorCode(err) !== JS_ERR.STREAM_NOT_FOUND)
            throw err;
        exists = false;
    }
    if (exists) {
        await jsm.streams.update(AUDIT_STREAM, { subjects: [AUDIT_SUBJECTS], ...config });
    }
    else {
        await jsm.streams.add({
            name: AUDIT_STREAM,
            subjects: [AUDIT_SUBJECTS],
            retention: RetentionPolicy.Limits,
            storage: StorageType.File,
            description: 'Troupe audit log: API decisions and mutating actions',
            ...config,
        });
    }
    return new JetStreamAuditLog(nc.jetstream(), options);
}
class JetStreamAuditLog {
    js;
    options;
    #queue = [];
    #failures = troupeMeter().createCounter(METRIC.AUDIT_FAILURES, { description: 'Audit events that could not be written' });
    #writing;
    #draining = false;
    constructor(js, options) {
        this.js = js;
        this.options = options;
        // Every series from start-up, at 0 (docs/metrics.md).
        for (const reason of ['buffer_full', 'publish'])
            this.#failures.add(0, { reason });
    }
    append(e) {
        if (this.#queue.length >= (this.options.bufferSize ?? 10_000)) {
            this.#fail('buffer_full');
            return;
        }
        this.#queue.push(stamp(e));
        if (!this.#draining)
            this.#writing = this.#drain();
    }
    /** The one writer: publishes the queue in order until it is empty. */
    async #drain() {
        this.#draining = true;
        try {
            for (let e = this.#queue.shift(); e; e = this.#queue.shift()) {
                try {
                    await this.js.publish(`troupe.audit.${token(e.action)}`, codec.encode(e));
                }
                catch (err) {
                    this.#fail('publish', err);
                }
            }
        }
        finally {
            // Set in the same turn as the last shift: an append after it starts a new writer.
            this.#draining = false;
        }
    }
    #fail(reason, err) {
        this.#failures.add(1, { reason });
        this.options.logger?.warn({ reason, err }, 'audit event dropped');
    }
    async list(filter = {}) {
        await this.#writing;
        // One ordered consumer, filtered by action subject and start time on the server (a
        // single subject: nats-server 2.9 has no multi-subject filters).
        const consumer = await this.js.consumers.get(AUDIT_STREAM, {
            filterSubjects: filter.action ? `troupe.audit.${token(filter.action)}` : AUDIT_SUBJECTS,
            ...(filter.sinceMs !== undefined ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(filter.sinceMs).toISOString() } : {}),
        });
        const out = [];
        let pending = (await consumer.info()).num_pending;
        while (pending > 0) {
            const batch = await consumer.fetch({ max_messages: Math.min(pending, 1000), expires: 2000 });
            let got = 0;
            for await (const m of batch) {
                got++;
                pending = m.info.pending;
                const e = codec.decode(m.data);
                if (matches(e, filter))
                    out.push(e);
                if (pending === 0)
                    break;
            }
            if (got === 0)
                break;
        }
        return newest(out, filter.limit);
    }
    async close() {
        await this.#writing; // the connection belongs to the caller
    }
}
//# sourceMappingURL=audit-jetstream.js.map