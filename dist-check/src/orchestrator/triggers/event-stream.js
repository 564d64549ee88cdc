import { DiscardPolicy, nanos, RetentionPolicy, StorageType } from 'nats';
import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { JS_ERR, jetStreamErrorCode } from '../../sdk/util/jetstream-errors.js';
import { covers, EVENTS_STREAM, minimalSubjects, overlaps } from './subjects.js';
async function streamInfo(jsm, name) {
    try {
        return (await jsm.streams.info(name)).config;
    }
    catch (err) {
        if (jetStreamErrorCode(err) === JS_ERR.STREAM_NOT_FOUND)
            return undefined;
        throw err;
    }
}
/**
 * Creates or updates `TROUPE_EVENTS` to capture exactly the configured subjects (a
 * fixed list, the same on every orchestrator: JetStream has no compare-and-set on a
 * stream's configuration, so orchestrators adding subjects as workflows come would
 * lose each other's updates; docs/triggers.md). A failure (another stream captures
 * one of the subjects) is kept as `problem`: RegisterWorkflow then refuses triggers
 * that need the stream, naming it, and everything else goes on.
 */
export async function openEventStream(jsm, options) {
    const subjects = minimalSubjects(options.subjects);
    let problem;
    const open = async () => {
        if (subjects.length === 0)
            return;
        try {
            await reconcile(jsm, subjects, options);
            problem = undefined;
        }
        catch (err) {
            problem = await explain(jsm, subjects, err);
        }
    };
    await open();
    return {
        subjects,
        get problem() {
            return problem;
        },
        repair: open,
        async streamFor(where, trigger) {
            if (trigger.stream === undefined) {
                if (subjects.length === 0)
                    throw new InvalidArgumentError(`${where}.subject: no events stream is configured (TROUPE_EVENT_SUBJECTS is empty); set stream: to a JetStream stream that captures ${trigger.subject}`);
                if (!subjects.some((s) => covers(s, trigger.subject))) {
                    throw new InvalidArgumentError(`${where}.subject: ${trigger.subject} is not captured by the events stream ${EVENTS_STREAM} (subjects: ${subjects.join(', ')}); publish under one of them, or set stream: to a JetStream stream of yours that captures it`);
                }
                if (problem)
                    throw new FailedPreconditionError(`${where}: the events stream ${EVENTS_STREAM} is not available: ${problem}`);
                return EVENTS_STREAM;
            }
            const config = await streamInfo(jsm, trigger.stream);
            if (!config)
                throw new FailedPreconditionError(`${where}.stream: stream ${trigger.stream} does not exist; create it (e.g. nats stream add ${trigger.stream} --subjects '${trigger.subject}') or leave stream: out to use ${EVENTS_STREAM}`);
            if (!config.subjects.some((s) => overlaps(s, trigger.subject))) {
                throw new FailedPreconditionError(`${where}.stream: stream ${trigger.stream} captures ${config.subjects.join(', ') || 'no subject'}, none of ${trigger.subject}`);
            }
            return trigger.stream;
        },
    };
}
async function reconcile(jsm, subjects, o) {
    const want = { subjects, max_age: nanos(o.maxAgeMs), max_bytes: o.maxBytes, discard: DiscardPolicy.Old, num_replicas: o.replicas };
    const current = await streamInfo(jsm, EVENTS_STREAM);
    if (!current) {
        try {
            await jsm.streams.add({ name: EVENTS_STREAM, retention: RetentionPolicy.Limits, storage: StorageType.File, description: 'Troupe events: messages that start workflow runs (triggers)', ...want });
            return;
        }
        catch (err) {
            // Another orchestrator created it meanwhile: update it like an existing one.
            if (!(await streamInfo(jsm, EVENTS_STREAM)))
                throw err;
        }
    }
    const now = current ?? (await streamInfo(jsm, EVENTS_STREAM));
    const same = now.max_age === want.max_age && now.max_bytes === want.max_bytes && now.num_replicas === want.num_replicas && now.discard === want.discard;
    if (same && minimalSubjects(now.subjects).join(' ') === subjects.join(' '))
        return;
    await jsm.streams.update(EVENTS_STREAM, want);
}
/** The error of creating TROUPE_EVENTS, naming the stream that captures one of its subjects already when there is one. */
async function explain(jsm, subjects, err) {
    try {
        for await (const info of jsm.streams.list()) {
            if (info.config.name === EVENTS_STREAM)
                continue;
            const clash = info.config.subjects.find((s) => subjects.some((t) => overlaps(s, t)));
            if (clash)
                return `stream ${info.config.name} captures ${clash} already; set TROUPE_EVENT_SUBJECTS to subjects no other stream captures, or name that stream in each trigger (stream: ${info.config.name})`;
        }
    }
    catch {
        // fall through to the server's own message
    }
    return `creating or updating stream ${EVENTS_STREAM} (subjects ${subjects.join(', ')}) failed: ${err.message}`;
}
//# sourceMappingURL=event-stream.js.map