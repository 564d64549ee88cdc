import type { Telemetry } from '../../src/sdk/telemetry/index.js';
/** What the Prometheus exporter serves, through the telemetry's own handler (no port opened). */
export declare function scrapeMetrics(telemetry: Telemetry): Promise<string>;
