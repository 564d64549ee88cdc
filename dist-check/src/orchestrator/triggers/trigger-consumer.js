import { AckPolicy, DeliverPolicy, nanos } from 'nats';
/** JetStream's "consumer not found" and "stream not found". */
const CONSUMER_NOT_FOUND = 10014;
const STREAM_NOT_FOUND = 10059;
/** Longest pause between attempts to bind a consumer that failed. */
const MAX_BACKOFF_MS = 30_000;
function apiCode(err) {
    const code = err?.api_error?.err_code;
    return typeof code === 'number' ? code : undefined;
}
/**
 * Creates the trigger's durable pull consumer unless it exists (then its position is
 * kept, and its ack wait brought to `ackWaitMs`). A new consumer delivers the events
 * stored from now on (deliver policy `new`): RegisterWorkflow creates it before it
 * returns, so every event published after that is delivered.
 */
export async function ensureConsumer(jsm, b, ackWaitMs) {
    try {
        const info = await jsm.consumers.info(b.stream, b.durable);
        if (info.config.ack_wait !== nanos(ackWaitMs))
            await jsm.consumers.update(b.stream, b.durable, { ack_wait: nanos(ackWaitMs) });
        return;
    }
    catch (err) {
        if (apiCode(err) !== CONSUMER_NOT_FOUND)
            throw err;
    }
    await jsm.consumers.add(b.stream, {
        durable_name: b.durable,
        description: `Troupe trigger ${b.trigger.id} of workflow ${b.workflow}`,
        filter_subject: b.trigger.subject,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.New,
        ack_wait: nanos(ackWaitMs),
        // Bad events are terminated, retryable failures nak'ed with a delay: no delivery cap.
        max_deliver: -1,
    });
}
/**
 * Pulls one trigger's events on this orchestrator. Every orchestrator pulls from the
 * same durable consumer, so JetStream hands each event to one of them at a time (and
 * again, to any, when it is not acknowledged within the ack wait). Binding failures
 * (stream or consumer missing, NATS down) are retried with backoff, and shown by
 * `state`/`error` (ListTriggers).
 */
export class TriggerConsumer {
    #binding;
    #o;
    #inFlight = new Set();
    #messages;
    #stopped = false;
    #wake;
    #done;
    /** 'binding' until its consumer is pulled from, 'error' while binding fails. */
    state = 'binding';
    error;
    constructor(binding, options) {
        this.#binding = binding;
        this.#o = options;
    }
    get binding() {
        return this.#binding;
    }
    /** A new version of the workflow with the same trigger (same consumer): later events use its mapping. */
    rebind(binding) {
        this.#binding = binding;
    }
    /** True once {@link stop} was called (read through a getter: it changes while the loop awaits). */
    get stopped() {
        return this.#stopped;
    }
    start() {
        this.#done ??= this.#loop();
    }
    /** Stops pulling; events fetched but not handled are redelivered elsewhere after the ack wait. Waits for the ones being handled. */
    async stop() {
        this.#stopped = true;
        this.#wake?.();
        await this.#messages?.close().catch(() => undefined);
        await this.#done;
        await Promise.allSettled([...this.#inFlight]);
    }
    async #loop() {
        let failures = 0;
        while (!this.#stopped) {
            try {
                const { stream, durable } = this.#binding;
                await ensureConsumer(this.#o.jsm, this.#binding, this.#o.ackWaitMs);
                const consumer = await this.#o.js.consumers.get(stream, durable);
                const messages = await consumer.consume({ max_messages: this.#o.maxInFlight, abort_on_missing_resource: true });
                this.#messages = messages;
                if (this.stopped)
                    await messages.close();
                this.state = 'active';
                this.error = undefined;
                failures = 0;
                for await (const m of messages) {
                    while (this.#inFlight.size >= this.#o.maxInFlight)
                        await Promise.race(this.#inFlight);
                    const handled = this.#o
                        .handle(this.#binding, m)
                        .catch((err) => this.#o.logger.error({ err, consumer: durable }, 'trigger event handling failed; it will be redelivered'))
                        .finally(() => this.#inFlight.delete(handled));
                    this.#inFlight.add(handled);
                }
                if (this.stopped)
                    return;
                throw new Error(`consumer ${durable} on stream ${stream} went away`);
            }
            catch (err) {
                if (this.stopped)
                    return;
                failures++;
                this.state = 'error';
                this.error = err.message;
                this.#o.logger.warn({ err, consumer: this.#binding.durable, stream: this.#binding.stream, failures }, 'trigger consumer not bound; retrying');
                if (apiCode(err) === STREAM_NOT_FOUND || /stream not found/i.test(this.error))
                    await this.#o.streamMissing(this.#binding.stream).catch(() => undefined);
                await this.#pause(Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(6, failures)));
            }
        }
    }
    #pause(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            timer.unref();
            this.#wake = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
}
//# sourceMappingURL=trigger-consumer.js.map