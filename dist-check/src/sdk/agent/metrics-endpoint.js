import { startOpsEndpoint } from '../http/ops-endpoint.js';
import { OptionsError } from '../options.js';
import { checkExposure } from '../security/exposure.js';
/**
 * The safe-default rule for an agent's metrics endpoint: on a non-loopback interface it
 * must serve HTTPS (`metricsTls`, on by default with the agent's certificate) unless the
 * operator accepts the risk (`insecure`). No token is asked for on it, as on the
 * orchestrator's `/metrics`: nothing there acts, and it tells counts, never task data.
 * Client certificates are not asked for either: the agent's client CA is the orchestrators'
 * CA, and a certificate from it can sign drains, which Prometheus must not hold.
 * @internal
 */
export function checkMetricsExposure(agent, metrics, insecure, logger) {
    checkExposure({
        what: `agent ${agent} metrics endpoint`,
        host: metrics.host,
        tls: metrics.tls,
        authenticated: true,
        insecure,
        logger,
        hint: 'give the agent a certificate (TROUPE_AGENT_TLS_CERT/TROUPE_AGENT_TLS_KEY; HTTPS follows unless TROUPE_AGENT_METRICS_TLS=false), bind it to loopback with TROUPE_AGENT_METRICS_HOST=127.0.0.1, or set TROUPE_INSECURE=true to accept the risk',
    });
}
/**
 * Starts the agent's metrics endpoint (`/metrics`, `/healthz`, `/readyz`; sdk/http/ops-endpoint.ts),
 * over HTTPS with the gRPC server's certificate when `metrics.tls`, following its files.
 * @internal
 */
export async function startMetricsEndpoint(metrics, tls, readiness, logger) {
    // compileAgentOptions refuses this; never fall back to plaintext quietly.
    if (metrics.tls && !tls)
        throw new OptionsError('metricsTls', 'needs tls (the endpoint serves HTTPS with the agent certificate)');
    try {
        return await startOpsEndpoint({
            host: metrics.host,
            port: metrics.port,
            tls: metrics.tls ? tls?.provider : undefined,
            plaintextHint: 'the agent has a TLS certificate, TROUPE_AGENT_TLS_CERT; TROUPE_AGENT_METRICS_TLS=false turns HTTPS off',
            metrics: metrics.handler ?? metricsOff,
            readiness,
            logger,
        });
    }
    catch (err) {
        // EADDRINUSE and the like: say which setting chose the port.
        throw new Error(`the agent metrics endpoint cannot listen on ${metrics.host}:${metrics.port} (metricsPort, TROUPE_AGENT_METRICS_PORT, --metrics-port): ${err.message}`, { cause: err });
    }
}
function metricsOff(_req, res) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('# metrics are off: pass metricsHandler (runAgent passes its telemetry\'s, started with prometheus: true)\n');
}
//# sourceMappingURL=metrics-endpoint.js.map