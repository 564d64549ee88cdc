import { createRequire } from 'node:module';
/**
 * nats.js 2.29's `RequestOne.resolver` settles the request's promise and then calls
 * `cancel()`, which builds a `NatsError` ("CANCELLED": an Error with its stack trace)
 * only to reject the promise it has just settled, a no-op. That is one Error for every
 * successful request, JetStream publishes and KV writes included: ~4% of the
 * orchestrator's CPU while it resumes 10,000 runs. `noAsyncTraces` does not cover it.
 *
 * This replaces `resolver` with the same steps minus that Error: stop the timer,
 * settle, leave the mux. A request that is cancelled for real (`cancel()` called
 * alone, as on close) still rejects with the library's error. Applied once per process,
 * and only if the class has the shape this was written against; otherwise nothing changes.
 *
 * @returns whether the patch is in place.
 * @internal
 */
export function quietRequestEnd() {
    const require = createRequire(import.meta.url);
    let proto;
    try {
        const mod = require('nats/lib/nats-base-client/request.js');
        proto = mod.RequestOne?.prototype;
    }
    catch {
        return false;
    }
    if (!proto)
        return false;
    if (proto[PATCHED])
        return true;
    const source = proto.resolver.toString();
    // The shape of 2.29's resolver: timer.cancel(), reject/resolve the deferred, this.cancel().
    if (!['this.timer.cancel()', 'this.deferred.resolve(msg)', 'this.cancel()'].every((step) => source.includes(step)))
        return false;
    proto.resolver = function resolver(err, msg) {
        this.timer?.cancel();
        if (err) {
            if (this.ctx)
                err.stack = `${err.stack ?? ''}\n\n${this.ctx.stack ?? ''}`;
            this.deferred.reject(err);
        }
        else {
            this.deferred.resolve(msg);
        }
        this.mux.cancel(this);
    };
    proto[PATCHED] = true;
    return true;
}
const PATCHED = Symbol.for('troupe.nats.quietRequestEnd');
//# sourceMappingURL=quiet-request-end.js.map