import { FailedPreconditionError } from '../../sdk/errors.js';
import { loadDefinition } from '../workflow/definition/index.js';
import { openEventStream } from './event-stream.js';
import { EVENT_OUTCOMES, handleEvent } from './handle-event.js';
import { CONSUMER_PREFIX, durableName, EVENTS_STREAM } from './subjects.js';
import { ensureConsumer, TriggerConsumer } from './trigger-consumer.js';
import { instruments } from '../../sdk/telemetry/index.js';
/** A consumer Troupe created whose trigger is gone is deleted once older than this (a registration in flight creates its consumer first). */
const ORPHAN_GRACE_MS = 60_000;
/**
 * Event triggers on this orchestrator (docs/triggers.md): checks and binds the
 * triggers of a workflow as it is registered ({@link prepare}, before it is stored),
 * follows `troupe_workflows` with a KV watch so that every orchestrator pulls the
 * triggers of every registered workflow (a new version rebinds them; triggers a
 * version dropped are stopped, and their consumers deleted after a grace), and
 * answers ListTriggers.
 */
export class TriggerManager {
    #o;
    #jsm;
    #js;
    #stream;
    /** Consumers by durable name. */
    #consumers = new Map();
    /** Durable names per workflow key. */
    #byWorkflow = new Map();
    /** Streams any trigger consumed from since start (where orphans may be). */
    #streams = new Set([EVENTS_STREAM]);
    #stopWatch;
    #stopped = false;
    #sweepTimer;
    constructor(o, jsm, stream) {
        this.#o = o;
        this.#jsm = jsm;
        this.#js = o.nc.jetstream();
        this.#stream = stream;
    }
    /** Opens (creates or updates) the events stream; a stream that cannot be opened is logged, not fatal. */
    static async open(o) {
        const jsm = await o.nc.jetstreamManager();
        const stream = await openEventStream(jsm, o.events);
        if (stream.problem)
            o.logger.error({ problem: stream.problem }, 'events stream not available; triggers without stream: are refused');
        return new TriggerManager(o, jsm, stream);
    }
    /**
     * RegisterWorkflow's hook, before the definition is stored: every trigger's stream
     * must capture its subject (INVALID_ARGUMENT / FAILED_PRECONDITION naming the trigger),
     * and its durable consumer is created now, so that every event published once
     * RegisterWorkflow has returned starts a run.
     */
    async prepare(workflow) {
        for (const t of workflow.triggers) {
            const stream = await this.#stream.streamFor(`triggers[${t.index}]`, t);
            try {
                await ensureConsumer(this.#jsm, { stream, durable: durableName(workflow.name, t), workflow: workflow.name, trigger: t }, this.#o.ackWaitMs);
            }
            catch (err) {
                throw new FailedPreconditionError(`triggers[${t.index}]: could not create its consumer on stream ${stream}: ${err.message}`);
            }
        }
    }
    /** Follows the registered workflows; resolves once the stored ones are bound (or binding). */
    async start() {
        let ready;
        const initialized = new Promise((resolve) => (ready = resolve));
        this.#stopWatch = await this.#o.workflows.watch((key, stored) => this.#follow(key, stored), () => ready(), (err) => this.#rewatch(err));
        await initialized;
        this.#sweepTimer = setInterval(() => void this.#sweep(), ORPHAN_GRACE_MS);
        this.#sweepTimer.unref();
        void this.#sweep();
    }
    async stop() {
        this.#stopped = true;
        this.#stopWatch?.();
        clearInterval(this.#sweepTimer);
        await Promise.all([...this.#consumers.values()].map((c) => c.stop()));
        this.#consumers.clear();
    }
    /** Every trigger of every registered workflow, with its consumer's counts from JetStream. */
    async list() {
        const views = [...this.#consumers.values()].map(async (c) => {
            const b = c.binding;
            let counts = { pending: 0, ackPending: 0, redelivered: 0 };
            let error = c.error ?? '';
            try {
                const info = await this.#jsm.consumers.info(b.stream, b.durable);
                counts = { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
            }
            catch (err) {
                error ||= err.message;
            }
            return { workflow: b.workflow, version: b.version, name: b.trigger.id, subject: b.trigger.subject, stream: b.stream, consumer: b.durable, state: c.state, error, ...counts };
        });
        return (await Promise.all(views)).sort((a, b) => a.workflow.localeCompare(b.workflow) || a.name.localeCompare(b.name));
    }
    /** The triggers of a workflow version: bind the new ones, rebind the kept ones, stop the dropped ones. */
    #follow(key, stored) {
        if (this.#stopped)
            return;
        const wanted = new Map();
        if (stored) {
            this.#o.onWorkflow?.(stored);
            let workflow;
            try {
                workflow = loadDefinition(stored.source);
            }
            catch (err) {
                this.#o.logger.warn({ err, workflow: stored.name, version: stored.version }, 'stored workflow does not load; its triggers are not bound');
            }
            for (const t of workflow?.triggers ?? []) {
                const stream = t.stream ?? EVENTS_STREAM;
                this.#streams.add(stream);
                wanted.set(durableName(stored.name, t), { workflow: stored.name, version: stored.version, trigger: t, stream, durable: durableName(stored.name, t) });
            }
        }
        const before = this.#byWorkflow.get(key) ?? new Set();
        for (const durable of before) {
            if (wanted.has(durable))
                continue;
            const gone = this.#consumers.get(durable);
            this.#consumers.delete(durable);
            void gone?.stop();
            this.#o.logger.info({ consumer: durable }, 'trigger removed; its consumer stopped');
        }
        for (const [durable, binding] of wanted) {
            const existing = this.#consumers.get(durable);
            if (existing) {
                existing.rebind(binding);
                continue;
            }
            const consumer = new TriggerConsumer(binding, {
                js: this.#js,
                jsm: this.#jsm,
                ackWaitMs: this.#o.ackWaitMs,
                maxInFlight: this.#o.maxInFlight,
                logger: this.#o.logger,
                handle: (b, m) => handleEvent(this.#o, b, m),
                streamMissing: (stream) => this.#repair(stream),
            });
            this.#consumers.set(durable, consumer);
            for (const outcome of EVENT_OUTCOMES)
                instruments().triggerEvents.add(0, { workflow: binding.workflow, trigger: binding.trigger.id, outcome });
            consumer.start();
            this.#o.logger.info({ workflow: binding.workflow, trigger: binding.trigger.id, subject: binding.trigger.subject, stream: binding.stream, consumer: durable }, 'trigger bound');
        }
        this.#byWorkflow.set(key, new Set(wanted.keys()));
    }
    /** `TROUPE_EVENTS` is gone: create it again (once at a time, whatever the number of consumers noticing). */
    #repair(stream) {
        if (stream !== EVENTS_STREAM)
            return Promise.resolve();
        this.#repairing ??= this.#stream.repair().finally(() => (this.#repairing = undefined));
        return this.#repairing;
    }
    #repairing;
    #rewatch(err) {
        if (this.#stopped)
            return;
        this.#o.logger.warn({ err }, 'workflow watch ended; restarting it');
        const timer = setTimeout(() => {
            if (this.#stopped)
                return;
            this.#stopWatch?.();
            void this.start().catch((e) => this.#rewatch(e));
        }, 1000);
        timer.unref();
    }
    /** Deletes Troupe's trigger consumers that no registered trigger uses any more (older than the grace). */
    async #sweep() {
        const now = Date.now();
        for (const stream of this.#streams) {
            try {
                for await (const info of this.#jsm.consumers.list(stream)) {
                    if (this.#stopped)
                        return;
                    const name = info.name;
                    if (!name.startsWith(CONSUMER_PREFIX) || this.#consumers.has(name))
                        continue;
                    if (now - Date.parse(info.created) < ORPHAN_GRACE_MS)
                        continue;
                    await this.#jsm.consumers.delete(stream, name);
                    this.#o.logger.info({ consumer: name, stream }, 'consumer of a removed trigger deleted');
                }
            }
            catch (err) {
                this.#o.logger.debug({ err, stream }, 'trigger consumer sweep skipped a stream');
            }
        }
    }
}
//# sourceMappingURL=trigger-manager.js.map