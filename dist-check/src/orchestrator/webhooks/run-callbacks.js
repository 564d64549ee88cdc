import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
/** Callbacks remembered for GetRun; the oldest finished ones go first beyond this. */
const MAX_KEPT = 10_000;
/**
 * The callbacks of runs started with `callback_url`: when a run driven here ends, its
 * report (status, output or error, ids, trace id) is POSTed with the sender; the
 * delivery state is kept for GetRun (`callback`) and listed in the delivery log
 * (`GET /api/webhooks`). A durable run's callback is in its record,
 * so an orchestrator that resumes the run sends it; a delivery already under way when this
 * orchestrator stops (the run had ended) is not retried by anyone (docs/http-api.md).
 */
export class RunCallbacks {
    engine;
    sender;
    logger;
    deliveries;
    states = new Map();
    constructor(engine, sender, logger, deliveries) {
        this.engine = engine;
        this.sender = sender;
        this.logger = logger;
        this.deliveries = deliveries;
        // A durable run keeps its callback in its record: the orchestrator that resumes it sends it.
        engine.onResumedCallback((runId, callback, traceId) => {
            try {
                this.track(runId, new URL(callback.url), ROOT_CONTEXT, callback.secretId, undefined, traceId);
            }
            catch (err) {
                this.logger?.warn({ err, run_id: runId }, 'stored run callback is not a URL; not sent');
            }
        });
    }
    /**
     * Delivers `runId`'s result to `url` once it ends.
     * @param workflow the run's workflow, for the delivery log's workflow-limited readers; a resumed run's is learnt when it ends
     */
    track(runId, url, ctx, secretId, workflow, traceId) {
        const finished = this.engine.whenFinished(runId);
        if (!finished)
            return;
        const state = { url: url.href, attempts: 0, delivered: false, done: false };
        this.states.set(runId, state);
        this.prune();
        const spanTraceId = trace.getSpanContext(ctx)?.traceId;
        const subject = { kind: 'run', id: runId, url: url.href, workflow, traceId: traceId || spanTraceId };
        this.deliveries?.register(subject, state);
        void finished
            .then(async () => {
            const report = (await this.engine.getRun(runId));
            if (typeof report.workflow === 'string')
                subject.workflow = report.workflow;
            const payload = { kind: 'run', runId, workflow: report.workflow, status: report.status, output: report.output ?? null, error: report.error ?? null, traceId: report.traceId ?? null };
            await this.sender.deliver(url, payload, state, ctx, secretId);
        })
            .catch((err) => this.logger?.error({ err, run_id: runId }, 'run callback failed before sending'));
    }
    /** Where `runId`'s callback stands, for its report. */
    state(runId) {
        return this.states.get(runId);
    }
    prune() {
        if (this.states.size <= MAX_KEPT)
            return;
        for (const [id, state] of this.states) {
            if (state.done)
                this.states.delete(id);
            if (this.states.size <= MAX_KEPT)
                return;
        }
    }
}
//# sourceMappingURL=run-callbacks.js.map