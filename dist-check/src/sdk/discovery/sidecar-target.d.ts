import { type ServiceError } from '@grpc/grpc-js';
import type { AgentDescriptor__Output } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { ClientTlsOptions } from '../security/tls.js';
/** Whether the target takes work, as its health service says. */
export type TargetStatus = 'SERVING' | 'NOT_SERVING';
/**
 * The agent a sidecar announces, seen through gRPC: `Describe`, and
 * `grpc.health.v1` Check (one probe per interval) and Watch (prompt changes).
 * An agent without a health service is probed with `Describe` instead and is
 * taken as serving whenever it answers.
 * @internal
 */
export declare class SidecarTarget {
    #private;
    constructor(address: string, timeoutMs: number, tls?: ClientTlsOptions);
    /** host:port of the target. */
    get address(): string;
    /** True once the target turned out to have no health service. */
    get describeOnly(): boolean;
    /** Calls Describe; rejects with the gRPC error when the target does not answer. */
    describe(): Promise<AgentDescriptor__Output>;
    /** One liveness probe: the health of "" (or a Describe). Rejects when the target is unreachable. */
    probe(): Promise<TargetStatus>;
    /**
     * Opens a Health/Watch stream unless one is open or the target lacks it. `onStatus`
     * gets every status; `onEnd` is called once when the stream ends for any reason
     * other than {@link stopWatch}. Returns whether a stream is open now.
     */
    watch(onStatus: (status: TargetStatus) => void, onEnd: (err: ServiceError | undefined) => void): boolean;
    /** Cancels the Watch stream, if any. */
    stopWatch(): void;
    close(): void;
}
