import { IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import type { Telemetry } from '../../src/sdk/telemetry/index.js';

/** What the Prometheus exporter serves, through the telemetry's own handler (no port opened). */
export async function scrapeMetrics(telemetry: Telemetry): Promise<string> {
  let done!: (text: string) => void;
  const text = new Promise<string>((r) => (done = r));
  const res = { statusCode: 200, setHeader: () => undefined, writeHead() { return this; }, end: (body?: string) => done(body ?? '') };
  telemetry.metricsHandler(new IncomingMessage(new net.Socket()), res as unknown as ServerResponse);
  return text;
}
