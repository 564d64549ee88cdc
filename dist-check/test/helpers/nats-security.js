// Shared pieces of the NATS security tests: a log sink, the deployable permissions config
// with test passwords, and an orchestrator + echo agent started with compiled settings.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Events, nkeys } from 'nats';
import { pino } from 'pino';
import echo from '../../src/agents/echo/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { REDACT_PATHS } from '../../src/sdk/telemetry/logger.js';
import { waitFor } from './wait-for.js';
/** A user NKey: its public key (for the server config) and its seed (the client's secret). */
export function createUserNkey() {
    const kp = nkeys.createUser();
    return { publicKey: kp.getPublicKey(), seed: new TextDecoder().decode(kp.getSeed()) };
}
const DEPLOY = join(import.meta.dirname, '../../deploy/nats');
/** A logger whose lines are kept as text (with the same redaction as createLogger). */
export function capturingLogger() {
    const lines = [];
    const logger = pino({ level: 'trace', redact: { paths: [...REDACT_PATHS], censor: '[redacted]' } }, { write: (line) => void lines.push(line) });
    return { logger, text: () => lines.join('') };
}
/**
 * deploy/nats/nats-server.conf with test passwords and NKey defined as config variables
 * and the permissions file inlined where it is included (the config is written to a temp dir).
 */
export function deployedNatsConfig(vars) {
    const conf = readFileSync(join(DEPLOY, 'nats-server.conf'), 'utf8')
        .replace('include ./troupe-permissions.conf', readFileSync(join(DEPLOY, 'troupe-permissions.conf'), 'utf8'))
        .replace(/jetstream \{[^}]*\}/, '');
    return [
        `TROUPE_NATS_ORCHESTRATOR_PASSWORD: "${vars.orchestratorPassword}"`,
        `TROUPE_NATS_AGENT_PASSWORD: "${vars.agentPassword}"`,
        `TROUPE_NATS_ECHO_PASSWORD: "${vars.echoPassword ?? randomBytes(12).toString('hex')}"`,
        `TROUPE_NATS_OBSERVER_PASSWORD: "${vars.observerPassword}"`,
        `TROUPE_NATS_AGENT_NKEY: "${vars.agentNkey}"`,
        conf,
    ].join('\n');
}
/** An orchestrator and an echo agent, each with its own NATS settings; one task proves they work together. */
export async function startPair(orchestratorNats, agentNats, logger, durable = false) {
    const orchestrator = await startOrchestrator({ natsUrl: orchestratorNats.redactedUrl, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 100, durable, logLevel: 'debug' }, { nats: orchestratorNats, logger });
    let agent;
    try {
        agent = await startAgent(echo, { nats: agentNats, heartbeatIntervalMs: 200, drainTimeoutMs: 1000, logger });
    }
    catch (err) {
        await orchestrator.stop();
        throw err;
    }
    const client = createOrchestratorClient(orchestrator.grpcAddress);
    await waitFor(() => orchestrator.registry.get(agent.instanceId)?.state === 'active', { timeoutMs: 5000, what: 'the agent to become active' });
    return {
        orchestrator,
        agent,
        roundTrip: async () => (await client.submitTask({ capability: 'echo.say', input: { hello: 'secure' } })).output,
        async close() {
            client.close();
            await agent.drain('test over');
            await orchestrator.stop();
        },
    };
}
/** The next asynchronous error the server reports on `nc` (a publish permission violation is one). */
export async function nextError(nc) {
    for await (const status of nc.status()) {
        if (status.type === Events.Error)
            return typeof status.data === 'string' ? status.data : JSON.stringify(status.data);
    }
    return undefined;
}
//# sourceMappingURL=nats-security.js.map