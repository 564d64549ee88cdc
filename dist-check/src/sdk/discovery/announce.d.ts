import type { Context } from '@opentelemetry/api';
import { type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { type Control } from './messages.js';
import type { TaskStats } from './task-stats.js';
/** What an announcer needs to know about the agent it announces. */
export interface AnnouncerOptions {
    nc: NatsConnection;
    descriptor: AgentDescriptor;
    /** host:port other processes dial to reach the agent's gRPC server. */
    address: string;
    heartbeatIntervalMs: number;
    /** Current load, read at each beat. */
    load: () => {
        inFlight: number;
        draining: boolean;
    };
    /** Lines about this instance; bind `instance_id` on it (an SDK agent's logger has it), this module does not repeat it. */
    logger: Logger;
    /** Called for each valid control message (e.g. drain requested by an orchestrator). */
    onControl: (control: Control, traceContext: Context) => void;
    /**
     * Checks a control message's signature before it is parsed; a message it rejects is
     * logged at warn, counted and ignored. @default none (every well-formed message is obeyed)
     */
    /**
     * The tasks the agent served, reported as the NATS micro stats of each capability's
     * endpoint. @default none (a sidecar sees no tasks: the endpoints count only NATS requests)
     */
    taskStats?: TaskStats | undefined;
    verifyControl?: ((subject: string, body: Uint8Array, header: (name: string) => string | undefined) => {
        ok: true;
        signer: string;
    } | {
        ok: false;
        reason: string;
        detail: string;
    }) | undefined;
}
/** A running announcement. */
export interface Announcer {
    /** Publishes a heartbeat now (e.g. as soon as draining starts). */
    beat(): void;
    /**
     * Publishes goodbye, stops the micro service and the heartbeats. Idempotent.
     * Waits at most `timeoutMs` for NATS to confirm (it may be unreachable).
     * @default timeoutMs 1000
     */
    goodbye(reason: string, timeoutMs?: number): Promise<void>;
}
/**
 * Announces an agent on NATS: registers a NATS micro service (`troupe-agent`, so
 * `nats micro ls` lists it) whose metadata carries the gRPC address, with a `describe`
 * endpoint and one endpoint per capability (whose stats count the tasks served), publishes hello
 * and then a heartbeat every interval, and listens for control messages.
 */
export declare function startAnnouncer(options: AnnouncerOptions): Promise<Announcer>;
