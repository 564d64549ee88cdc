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
export declare function quietRequestEnd(): boolean;
