import { type OrchestratorClient, type RunWatchEvent } from '../../src/sdk/client/index.js';
import { type NatsServerHandle } from './nats-server.js';
import { type TroupeProcess } from './processes.js';
/** The agents the bundled workflows need, each started as its own process. */
export declare const PODCAST_AGENTS: readonly ["web-harvester", "script-weaver", "voice-forge", "topic-discovery", "snippet-craft", "ui-composer"];
/** What must be routable before the bundled workflows can run. */
export declare const PODCAST_CAPABILITIES: string[];
type AgentProcess = TroupeProcess & {
    instanceId: string;
};
/** nats-server, an orchestrator process and every podcast agent as a process, workflows registered. */
export interface PodcastStack {
    readonly nats: NatsServerHandle;
    readonly orchestrator: TroupeProcess;
    /** gRPC host:port of the orchestrator. */
    readonly address: string;
    /** host:port of the orchestrator's HTTP endpoint (page, audio, run API, metrics). */
    readonly http: string;
    /** A typed client of the orchestrator (no tracing interceptor). */
    readonly client: OrchestratorClient;
    /** The environment every process was started with (on top of process.env). */
    readonly env: Record<string, string>;
    /** The running agent process of each name. */
    readonly agents: Map<string, AgentProcess>;
    /** Stops agent `name` (SIGTERM, waits until it left the registry) and starts it again with `env` added. */
    restartAgent(name: string, env?: Record<string, string>): Promise<AgentProcess>;
    /** Everything each process printed, for failure messages. */
    output(): string;
    close(): Promise<void>;
}
/**
 * Starts the whole podcast deployment as separate processes, as the demo does:
 * nats-server, `troupe orchestrator` (random gRPC and HTTP ports) and the six example
 * agents (concurrently), waits until every capability is routable and checks the
 * orchestrator registered the bundled workflows itself. `env` goes to every process (e.g. the OTLP endpoint).
 */
export declare function startPodcastStack(env?: Record<string, string>): Promise<PodcastStack>;
/** True for the event that ends a run's WatchRun stream. */
export declare function isRunEnd(event: RunWatchEvent): boolean;
export {};
