import type { Logger } from 'pino';
import { type OrchestratorHandle } from '../../src/orchestrator/index.js';
import type { OrchestratorOptions } from '../../src/orchestrator/options.js';
import type { OrchestratorClient } from '../../src/sdk/client/index.js';
import { type AgentDefinition, type AgentHandle, type AgentOptions } from '../../src/sdk/index.js';
import { type NatsServerHandle } from './nats-server.js';
/** Quiet loggers for in-process parts; set TROUPE_TEST_LOG=debug to see them. */
export declare const testLogger: import("../../src/sdk/telemetry/logger.js").Logger;
/**
 * An in-process Troupe: a real nats-server (child process), a real orchestrator and
 * real agents on 127.0.0.1, and a typed client. Everything is stopped by `close()`.
 */
export interface TestCluster {
    nats: NatsServerHandle;
    orchestrator: OrchestratorHandle;
    client: OrchestratorClient;
    agents: AgentHandle[];
    startAgent(definition: AgentDefinition, options?: AgentOptions): Promise<AgentHandle>;
    /** Resolves when `instanceId` is routable (state active). */
    waitActive(instanceId: string, timeoutMs?: number): Promise<void>;
    /** The lifecycle state the orchestrator has for `instanceId` now (undefined when unknown). */
    stateOf(instanceId: string): string | undefined;
    /** Records every lifecycle state `instanceId` goes through from now on (the array fills as it changes). */
    recordStates(instanceId: string): string[];
    close(): Promise<void>;
}
export declare function startCluster(options?: Partial<OrchestratorOptions>, existingNats?: NatsServerHandle, services?: {
    random?: () => number;
    logger?: Logger;
}): Promise<TestCluster>;
