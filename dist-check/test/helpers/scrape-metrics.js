import { IncomingMessage } from 'node:http';
import net from 'node:net';
/** What the Prometheus exporter serves, through the telemetry's own handler (no port opened). */
export async function scrapeMetrics(telemetry) {
    let done;
    const text = new Promise((r) => (done = r));
    const res = { statusCode: 200, setHeader: () => undefined, writeHead() { return this; }, end: (body) => done(body ?? '') };
    telemetry.metricsHandler(new IncomingMessage(new net.Socket()), res);
    return text;
}
//# sourceMappingURL=scrape-metrics.js.map