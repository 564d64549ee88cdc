import { type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { DeliveryLog } from './delivery-log.js';
import type { DeliveryState, WebhookSender } from './sender.js';
/**
 * The callbacks of runs started with `callback_url`: when a run driven here ends, its
 * report (status, output or error, ids, trace id) is POSTed with the sender; the
 * delivery state is kept for GetRun (`callback`) and listed in the delivery log
 * (`GET /api/webhooks`). A durable run's callback is in its record,
 * so an orchestrator that resumes the run sends it; a delivery already under way when this
 * orchestrator stops (the run had ended) is not retried by anyone (docs/http-api.md).
 */
export declare class RunCallbacks {
    private readonly engine;
    private readonly sender;
    private readonly logger?;
    private readonly deliveries?;
    private readonly states;
    constructor(engine: Pick<RunEngine, 'whenFinished' | 'getRun' | 'onResumedCallback'>, sender: WebhookSender, logger?: Logger | undefined, deliveries?: DeliveryLog | undefined);
    /**
     * Delivers `runId`'s result to `url` once it ends.
     * @param workflow the run's workflow, for the delivery log's workflow-limited readers; a resumed run's is learnt when it ends
     */
    track(runId: string, url: URL, ctx: Context, secretId?: string, workflow?: string, traceId?: string): void;
    /** Where `runId`'s callback stands, for its report. */
    state(runId: string): ({
        url: string;
    } & DeliveryState) | undefined;
    private prune;
}
