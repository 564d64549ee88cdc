import { type NatsConnection } from 'nats';
import { type Logger } from 'pino';
import { type OrchestratorHandle } from '../../src/orchestrator/index.js';
import { type AgentHandle } from '../../src/sdk/index.js';
import type { NatsConnectSettings } from '../../src/sdk/security/index.js';
/** A user NKey: its public key (for the server config) and its seed (the client's secret). */
export declare function createUserNkey(): {
    publicKey: string;
    seed: string;
};
/** A logger whose lines are kept as text (with the same redaction as createLogger). */
export declare function capturingLogger(): {
    logger: Logger;
    text: () => string;
};
/**
 * deploy/nats/nats-server.conf with test passwords and NKey defined as config variables
 * and the permissions file inlined where it is included (the config is written to a temp dir).
 */
export declare function deployedNatsConfig(vars: {
    orchestratorPassword: string;
    agentPassword: string;
    observerPassword: string;
    agentNkey: string;
    echoPassword?: string;
}): string;
/** An orchestrator and an echo agent, each with its own NATS settings; one task proves they work together. */
export declare function startPair(orchestratorNats: NatsConnectSettings, agentNats: NatsConnectSettings | string, logger: Logger, durable?: boolean): Promise<{
    orchestrator: OrchestratorHandle;
    agent: AgentHandle;
    roundTrip(): Promise<unknown>;
    close(): Promise<void>;
}>;
/** The next asynchronous error the server reports on `nc` (a publish permission violation is one). */
export declare function nextError(nc: NatsConnection): Promise<string | undefined>;
