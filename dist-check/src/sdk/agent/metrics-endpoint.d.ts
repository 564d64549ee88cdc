import type { Logger } from 'pino';
import { type OpsEndpoint, type Readiness } from '../http/ops-endpoint.js';
import { type CompiledAgentMetrics } from '../options.js';
import type { ServerTls } from '../security/tls.js';
/**
 * The safe-default rule for an agent's metrics endpoint: on a non-loopback interface it
 * must serve HTTPS (`metricsTls`, on by default with the agent's certificate) unless the
 * operator accepts the risk (`insecure`). No token is asked for on it, as on the
 * orchestrator's `/metrics`: nothing there acts, and it tells counts, never task data.
 * Client certificates are not asked for either: the agent's client CA is the orchestrators'
 * CA, and a certificate from it can sign drains, which Prometheus must not hold.
 * @internal
 */
export declare function checkMetricsExposure(agent: string, metrics: CompiledAgentMetrics, insecure: boolean, logger: Logger): void;
/**
 * Starts the agent's metrics endpoint (`/metrics`, `/healthz`, `/readyz`; sdk/http/ops-endpoint.ts),
 * over HTTPS with the gRPC server's certificate when `metrics.tls`, following its files.
 * @internal
 */
export declare function startMetricsEndpoint(metrics: CompiledAgentMetrics, tls: ServerTls | undefined, readiness: () => Readiness, logger: Logger): Promise<OpsEndpoint>;
