import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseExportRequest } from './otlp-spans.js';
import { spawnWatched } from './processes.js';
import { toolPath } from './tools.js';
import { waitFor } from './wait-for.js';
import { freePort } from './free-port.js';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The all-in-one configuration: OTLP in, memory storage, the query API and UI. */
export const JAEGER_CONFIG = join(ROOT, 'test', 'fixtures', 'jaeger', 'all-in-one.yaml');
/**
 * Starts `jaeger --config test/fixtures/jaeger/all-in-one.yaml` on free ports and
 * waits until its health check says it is ready. Jaeger's own tracing is off
 * (OTEL_TRACES_EXPORTER=none), so it sends nothing to a default collector.
 */
export async function startJaeger() {
    const [health, query, queryGrpc, otlpHttp, otlpGrpc] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        OTEL_TRACES_EXPORTER: 'none',
        JAEGER_HEALTH_PORT: String(health),
        JAEGER_QUERY_PORT: String(query),
        JAEGER_QUERY_GRPC_PORT: String(queryGrpc),
        JAEGER_OTLP_HTTP_PORT: String(otlpHttp),
        JAEGER_OTLP_GRPC_PORT: String(otlpGrpc),
    };
    const proc = spawnWatched(toolPath('jaeger'), ['--config', `file:${JAEGER_CONFIG}`], { cwd: ROOT, env });
    const queryUrl = `http://127.0.0.1:${query}`;
    // Jaeger's graceful shutdown waits ~10 s for its pipelines; the data is in memory and
    // of no further use, so it gets 2 s and is then killed.
    const stop = async () => {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 2000);
        await proc.exited;
        clearTimeout(timer);
    };
    try {
        await waitFor(async () => {
            if (proc.child.exitCode !== null)
                throw new Error(`jaeger exited: ${proc.output()}`);
            const res = await fetch(`http://127.0.0.1:${health}/status`);
            return res.ok && (await res.json()).status === 'StatusOK';
        }, { timeoutMs: 20_000, what: 'Jaeger to be healthy', intervalMs: 50 });
    }
    catch (err) {
        await stop();
        throw new Error(`Jaeger did not start: ${String(err)}\n${proc.output()}`, { cause: err });
    }
    const trace = async (traceId) => {
        const res = await fetch(`${queryUrl}/api/v3/traces/${traceId}`);
        if (res.status === 404)
            return [];
        if (!res.ok)
            throw new Error(`Jaeger answered ${res.status} for trace ${traceId}: ${await res.text()}`);
        const body = (await res.json());
        return normaliseExportRequest(body.result);
    };
    return {
        process: proc,
        otlpEndpoint: `http://127.0.0.1:${otlpHttp}`,
        queryUrl,
        trace,
        async waitForTrace(traceId, ready, timeoutMs = 20_000) {
            return waitFor(async () => {
                const spans = await trace(traceId);
                return ready(spans) ? spans : undefined;
            }, { timeoutMs, what: `trace ${traceId} in Jaeger`, intervalMs: 200 });
        },
        stop,
    };
}
//# sourceMappingURL=jaeger.js.map