// JWT `.creds` files (NATS decentralised auth, NATS_CREDS) against a real nats-server in
// operator mode with a memory resolver; the JWTs are signed here with nkeys.
import { credsAuthenticator } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { compileNatsSettings, natsSettingsFromEnv } from '../../src/sdk/security/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { makeOperator } from '../helpers/nats-jwt.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { capturingLogger, startPair } from '../helpers/nats-security.js';
describe('NATS_CREDS (JWT creds, operator mode)', () => {
    let operator;
    let nats;
    let files;
    beforeAll(async () => {
        operator = makeOperator();
        files = await certDir();
        const probe = credsAuthenticator(new TextEncoder().encode(operator.userCreds('probe')));
        nats = await startNatsServer({ jetstream: false, config: operator.serverConfig, probe: { authenticator: probe } });
    });
    afterAll(async () => {
        await nats.stop();
        await files.dispose();
    });
    it('runs a task with orchestrator and agent each on its own creds file; no seed or JWT is logged', async () => {
        const orchCreds = operator.userCreds('orchestrator');
        const agentCreds = operator.userCreds('agent', { exp: Math.floor(Date.now() / 1000) + 3600 });
        const { logger, text } = capturingLogger();
        const pair = await startPair(compileNatsSettings(natsSettingsFromEnv({ NATS_URL: nats.url, NATS_CREDS: await files.write('orch.creds', orchCreds) })), compileNatsSettings(natsSettingsFromEnv({ NATS_URL: nats.url, NATS_CREDS: await files.write('agent.creds', agentCreds) })), logger);
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await pair.close();
        }
        const secrets = [orchCreds, agentCreds].flatMap((creds) => [...creds.matchAll(/\n(SU[A-Z0-9]{40,}|ey[\w.-]{40,})\n/g)].map((m) => m[1]));
        expect(secrets).toHaveLength(4);
        for (const secret of secrets)
            expect(text()).not.toContain(secret);
    });
    it('fails naming NATS_CREDS when the user JWT is signed by an account the server does not know', async () => {
        const creds = await files.write('stranger.creds', operator.userCreds('stranger', { signer: 'stranger' }));
        const err = await startAgent(echo, { nats: compileNatsSettings({ url: nats.url, credsFile: creds }), logger: capturingLogger().logger }).then(() => new Error('expected a failure'), (e) => e);
        expect(err.message).toBe(`NATS_CREDS: the server at ${nats.url} refused the JWT credentials (Authorization Violation)`);
    });
});
//# sourceMappingURL=nats-creds.int.test.js.map