import { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ReloadingCertificateProvider } from '../security/reloading-provider.js';
/** The paths an operations endpoint serves. */
export declare const OPS_PATHS: readonly ["/metrics", "/healthz", "/readyz"];
/** What `/readyz` reports: `ready` decides 200 or 503; the rest is shown as JSON. */
export interface Readiness {
    ready: boolean;
    [detail: string]: unknown;
}
/** Options of {@link startOpsEndpoint}. */
export interface OpsEndpointOptions {
    /** Interface to bind. */
    host: string;
    /** Port to bind; 0 picks a free one. */
    port: number;
    /** Serve HTTPS with this certificate, following its files. @default none (plain HTTP) */
    tls?: ReloadingCertificateProvider | undefined;
    /** Appended to the 400 a plaintext request gets on the HTTPS port (which setting turned HTTPS on). */
    plaintextHint?: string | undefined;
    /** Answers `GET /metrics`, e.g. `Telemetry.metricsHandler`. */
    metrics: (req: IncomingMessage, res: ServerResponse) => void;
    /** Read at each `GET /readyz`. */
    readiness: () => Readiness;
    /** Where a failing route is logged. @default silent */
    logger?: Logger | undefined;
}
/** A listening operations endpoint. */
export interface OpsEndpoint {
    /** `http(s)://host:port/metrics`, as bound (IPv6 hosts in brackets). */
    readonly metricsUrl: string;
    /** The bound `host:port`. */
    readonly address: string;
    /** Stops listening; open connections get `ms` to finish, then are cut. Never rejects. */
    close(ms: number): Promise<void>;
}
/**
 * An HTTP endpoint for operations, the same on every SDK process that wants one (an
 * agent: `metricsPort`): `GET /metrics` (Prometheus text), `/healthz` (200 while the
 * process runs), `/readyz` (200 when ready, 503 otherwise, JSON either way). A known
 * path with another method than GET or HEAD gets 405 with `Allow`; anything else 404;
 * a target that is not a path 400. Nothing on it needs a token or acts: it says how many
 * tasks ran, never what they carried, like the orchestrator's `/metrics`. With `tls` it
 * serves HTTPS only (see https-server.ts).
 *
 * @example
 * const ops = await startOpsEndpoint({ host: '127.0.0.1', port: 0, metrics: telemetry.metricsHandler, readiness: () => ({ ready: true }) });
 * console.log(ops.metricsUrl);
 * await ops.close(500);
 */
export declare function startOpsEndpoint(options: OpsEndpointOptions): Promise<OpsEndpoint>;
