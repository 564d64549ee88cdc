import { ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Json } from '../../sdk/grpc/struct.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { DeliveryLog, DeliverySubject } from './delivery-log.js';
import type { DeliveryState, WebhookSender } from './sender.js';

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
  private readonly states = new Map<string, { url: string } & DeliveryState>();

  constructor(
    private readonly engine: Pick<RunEngine, 'whenFinished' | 'getRun' | 'onResumedCallback'>,
    private readonly sender: WebhookSender,
    private readonly logger?: Logger,
    private readonly deliveries?: DeliveryLog,
  ) {
    // A durable run keeps its callback in its record: the orchestrator that resumes it sends it.
    engine.onResumedCallback((runId, callback, traceId) => {
      try {
        this.track(runId, new URL(callback.url), ROOT_CONTEXT, callback.secretId, undefined, traceId);
      } catch (err) {
        this.logger?.warn({ err, run_id: runId }, 'stored run callback is not a URL; not sent');
      }
    });
  }

  /**
   * Delivers `runId`'s result to `url` once it ends.
   * @param workflow the run's workflow, for the delivery log's workflow-limited readers; a resumed run's is learnt when it ends
   */
  track(runId: string, url: URL, ctx: Context, secretId?: string, workflow?: string, traceId?: string): void {
    const finished = this.engine.whenFinished(runId);
    if (!finished) return;
    const state = { url: url.href, attempts: 0, delivered: false, done: false };
    this.states.set(runId, state);
    this.prune();
    const spanTraceId = trace.getSpanContext(ctx)?.traceId;
    const subject: DeliverySubject = { kind: 'run', id: runId, url: url.href, workflow, traceId: traceId || spanTraceId };
    this.deliveries?.register(subject, state);
    void finished
      .then(async () => {
        const report = (await this.engine.getRun(runId)) as Record<string, Json>;
        if (typeof report.workflow === 'string') subject.workflow = report.workflow;
        const payload = { kind: 'run', runId, workflow: report.workflow, status: report.status, output: report.output ?? null, error: report.error ?? null, traceId: report.traceId ?? null };
        await this.sender.deliver(url, payload, state, ctx, secretId);
      })
      .catch((err: unknown) => this.logger?.error({ err, run_id: runId }, 'run callback failed before sending'));
  }

  /** Where `runId`'s callback stands, for its report. */
  state(runId: string): ({ url: string } & DeliveryState) | undefined {
    return this.states.get(runId);
  }

  private prune(): void {
    if (this.states.size <= MAX_KEPT) return;
    for (const [id, state] of this.states) {
      if (state.done) this.states.delete(id);
      if (this.states.size <= MAX_KEPT) return;
    }
  }
}
