import { type OrchestratorClient } from '../../src/sdk/client/index.js';
import { type NatsServerHandle } from './nats-server.js';
import { type TroupeProcess } from './processes.js';
/**
 * A real orchestrator and a real echo agent, each its own `troupe` process, for tests
 * that throw hostile input at them: a crash shows as a process that exited, which an
 * in-process server could hide. `assertHealthy` is the property every hostile test
 * ends with: both processes alive, `/healthz` answers, a real task runs, promptly.
 */
export interface HostileStack {
    readonly nats: NatsServerHandle;
    readonly orchestrator: TroupeProcess;
    readonly agent: TroupeProcess;
    /** `host:port` of the orchestrator's gRPC API. */
    readonly grpc: string;
    /** `host:port` of the orchestrator's HTTP endpoint. */
    readonly http: string;
    /** `host:port` of the echo agent's gRPC server. */
    readonly agentGrpc: string;
    /** With `sidecar: true`: a second echo agent without NATS, announced by a `troupe announce` process. */
    readonly sidecar?: {
        readonly process: TroupeProcess;
        readonly instanceId: string;
    };
    readonly client: OrchestratorClient;
    /** Throws unless both processes are alive and a normal request succeeds within `withinMs`. */
    assertHealthy(withinMs?: number): Promise<void>;
    close(): Promise<void>;
}
export declare function startHostileStack(env?: Record<string, string>, options?: {
    sidecar?: boolean;
}): Promise<HostileStack>;
/** A GET through node:http; resolves with status and body text. */
export declare function httpGet(address: string, path: string, timeoutMs?: number): Promise<{
    status: number;
    body: string;
}>;
/**
 * Writes `raw` bytes to a fresh TCP connection and resolves with what came back
 * before the server closed it (or `idleMs` passed without more bytes, for a server
 * that keeps the connection open awaiting more).
 */
export declare function rawExchange(address: string, raw: Buffer | string, idleMs?: number): Promise<string>;
