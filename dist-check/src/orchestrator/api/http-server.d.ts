import { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Server } from 'node:net';
import type { Logger } from 'pino';
import type { ReloadingCertificateProvider } from '../../sdk/security/reloading-provider.js';
import type { Registry } from '../registry/registry.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { Authorizer } from './guard.js';
import type { HealthReport } from './health-report.js';
import type { ScheduleService } from '../schedules/schedule-service.js';
import type { TriggerSource } from './triggers.js';
import { type TaskRouteDeps } from './http-tasks.js';
import { type RunTraceSource } from '../traces/trace-source.js';
import type { RolloutHandle } from '../rollouts/setup.js';
import type { ApiDeps } from './deps.js';
interface OpsDeps {
    registry: Registry;
    /** What the web page is told by `/api/config`. */
    pageConfig?: PageConfig;
    ready: () => boolean;
    metrics: (req: IncomingMessage, res: ServerResponse) => void;
    /** What `/health` reports (see health-report.ts). */
    health: () => HealthReport;
}
/** `GET /api/config`: settings the web page needs (no secrets: it is served without a token). */
export interface PageConfig {
    /** Base URL of the Jaeger UI; the page links a run to `<url>/trace/<trace id>`. */
    jaegerUiUrl?: string | undefined;
    /** Where the console's waterfall comes from: 'jaeger' (`GET /api/runs/{id}/trace`) or 'run' (the run's own timings). @default 'run' */
    traceSource?: 'jaeger' | 'run' | undefined;
}
/**
 * The orchestrator's HTTP endpoint: `/healthz` (process up), `/readyz` (NATS
 * connected and start-up discovery done), `/health` (JSON for humans and load
 * balancers: 200 healthy or degraded, 503 unhealthy), `/metrics` (Prometheus text), and the
 * run routes for listeners and the web page (see http-runs.ts), behind the API's
 * bearer-token check. A request target that is not an origin-form path gets 400, an
 * unknown path 404, a known path asked with another method 405 with `Allow` (see
 * http-routes.ts); every GET route answers HEAD too. No request can stop the process.
 * With `tls` it serves HTTPS only, with that certificate, following its files (sdk/http/https-server.ts).
 */
export declare function createHttpServer(deps: OpsDeps & {
    engine: RunEngine;
    logger?: Logger;
    /** API auth and audit; undefined = everyone is anonymous. */
    authorizer?: Authorizer;
    /** The certificate and key to serve HTTPS with. @default none (plain HTTP) */
    tls?: ReloadingCertificateProvider | undefined;
    /** Run callbacks (`callback_url` of `POST /api/runs`, `callback` in the report) and the delivery log (`GET /api/webhooks`). @default none: callbacks refused, no deliveries */
    callbacks?: Pick<ApiDeps, 'webhooks' | 'runCallbacks'> | undefined;
    /** The HTTP task API (http-tasks.ts); undefined answers its routes 404. */
    tasks?: Omit<TaskRouteDeps, 'audit' | 'logger'> | undefined;
    /** Schedules (`GET /api/schedules`); undefined answers 409 (not durable). */
    schedules?: ScheduleService | undefined;
    /** The gRPC API's dependencies, for the routes that mirror it (agents, workflows, dead letters, cancel; http-console.ts); undefined answers them 404. */
    api?: ApiDeps | undefined;
    /** Rollouts (`GET /api/rollouts`, with `api`); undefined, or one without durable state, answers 409. */
    rollouts?: RolloutHandle | undefined;
    /** Event triggers (`GET /api/triggers`); undefined answers 409 (not durable). */
    triggers?: TriggerSource | undefined;
    /** Runs' traces (`GET /api/runs/{id}/trace`); undefined answers 409 (not configured). */
    traces?: RunTraceSource | undefined;
}): Server;
export {};
