import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { NatsConnectSettings } from '../security/index.js';
import type { ClientTlsOptions, PemSource } from '../security/tls.js';
/** Options of {@link startSidecar}. */
export interface SidecarOptions {
    /** host:port of the agent's gRPC server (plaintext unless `tls`). */
    target: string;
    /** TLS to the target (`ca`, and `cert` + `key` when it requires client certificates). @default plaintext */
    tls?: ClientTlsOptions | undefined;
    /** CA of orchestrators' client certificates: only control messages (drain) they signed are obeyed. @default none (unsigned ones obeyed) */
    controlCa?: PemSource | undefined;
    /**
     * A NATS connection (left open by the sidecar), compiled settings with credentials and TLS
     * (`compileNatsSettings`), or server URL(s), comma-separated (credentials in them are used).
     */
    nats: NatsConnection | NatsConnectSettings | string;
    /** Address announced to orchestrators. @default target */
    advertiseAddress?: string;
    /** Heartbeat and health-probe interval. @default 1000 */
    heartbeatIntervalMs?: number;
    /** Consecutive failed probes (one per interval) after which the sidecar gives up (exit code 1). @default 3 */
    maxMissedProbes?: number;
    /** How long start-up waits for the target to answer and report SERVING. @default 30000 */
    startupTimeoutMs?: number;
    /** After an orchestrator's drain request: how long to announce `draining` before goodbye. @default 5000 */
    drainGraceMs?: number;
    /** @default a pino logger named troupe-announce at info */
    logger?: Logger;
    /** Called on each notable change (the CLI prints them). */
    onEvent?: (event: SidecarEvent) => void;
    /** Aborting it during start-up gives up waiting for the target (use `stop()` afterwards). */
    signal?: AbortSignal;
}
/** What a sidecar reports as it runs. */
export type SidecarEvent = {
    type: 'announced';
    descriptor: AgentDescriptor;
    address: string;
} | {
    type: 'draining';
    reason: string;
} | {
    type: 'withdrawn';
    reason: string;
};
/** How a sidecar ended: code 0 for a clean stop, 1 when the target was lost. */
export interface SidecarExit {
    code: 0 | 1;
    reason: string;
}
/** A running sidecar. */
export interface SidecarHandle {
    /** The descriptor announced now; undefined while the target is withdrawn. */
    readonly descriptor: AgentDescriptor | undefined;
    /** Says goodbye (if announced), closes everything, resolves once done. Idempotent. */
    stop(reason?: string): Promise<SidecarExit>;
    /** Resolves when the sidecar has ended, by {@link SidecarHandle.stop} or on its own. */
    readonly done: Promise<SidecarExit>;
}
/**
 * Announces an agent that does not speak NATS (any language) on its behalf, as the
 * TS SDK would: calls `Describe`, registers the `troupe-agent` NATS micro service,
 * publishes hello and heartbeats and says goodbye (see {@link startAnnouncer}).
 *
 * Health is mirrored from `grpc.health.v1` (Watch for prompt changes plus one Check
 * per interval as the liveness probe; `Describe` when the agent has no health service):
 * - NOT_SERVING → heartbeats carry `draining: true` (out of rotation); SERVING again →
 *   goodbye and a fresh announcement (draining is final in the orchestrator's lifecycle).
 * - a failed probe → goodbye at once; answering again → `Describe` and a fresh
 *   announcement (a restarted agent appears under its new instance id);
 *   `maxMissedProbes` failures in a row → the sidecar ends with code 1, so a
 *   supervisor restarts the pair. A target lost right after NOT_SERVING shut down
 *   cleanly: code 0.
 * - an orchestrator's drain request → `draining: true` for `drainGraceMs`, goodbye, code 0
 *   (the sidecar cannot stop the agent itself).
 *
 * Load: the sidecar cannot see the agent's tasks in flight, so heartbeats report 0;
 * orchestrators still count the tasks they sent.
 *
 * Resolves once the agent is announced; rejects when it does not answer SERVING within
 * `startupTimeoutMs`.
 *
 * @example
 * const sidecar = await startSidecar({ target: '127.0.0.1:50051', nats: 'nats://127.0.0.1:4222' });
 * process.once('SIGTERM', () => void sidecar.stop('SIGTERM'));
 * const { code } = await sidecar.done;
 */
export declare function startSidecar(options: SidecarOptions): Promise<SidecarHandle>;
