// NATS credential files rotated on disk are used on the next reconnect, without a restart:
// a real nats-server changes the credential it accepts (configuration reload, which
// disconnects clients it no longer authorizes), and the client, whose file was replaced,
// reconnects with the new one. Also the other order: the server first (the client is
// refused, keeps trying), then the file.
import { rename, writeFile } from 'node:fs/promises';
import { connect, credsAuthenticator, Events } from 'nats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileNatsSettings, connectNats } from '../../src/sdk/security/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { makeOperator } from '../helpers/nats-jwt.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { capturingLogger, createUserNkey } from '../helpers/nats-security.js';
import { waitFor } from '../helpers/wait-for.js';
const PROBE = { user: 'probe', pass: 'probe-Pa55-rot' };
const probeUser = `{ user: ${PROBE.user}, password: "${PROBE.pass}" }`;
/** Counts the client's reconnects and auth errors. */
function watch(nc) {
    let reconnects = 0;
    let authErrors = 0;
    void (async () => {
        for await (const s of nc.status()) {
            if (s.type === Events.Reconnect)
                reconnects++;
            if (s.type === Events.Error && (typeof s.data === 'string' ? s.data : JSON.stringify(s.data)).includes('AUTHORIZATION_VIOLATION'))
                authErrors++;
        }
    })();
    return { reconnects: () => reconnects, authErrors: () => authErrors };
}
/** Replaces a file the way secret managers do: write beside, rename over. */
async function replace(path, text) {
    await writeFile(`${path}.new`, text, { mode: 0o600 });
    await rename(`${path}.new`, path);
}
/** A round trip through the server on `nc`. */
async function works(nc) {
    const sub = nc.subscribe('rotation.check', { max: 1 });
    nc.publish('rotation.check', 'x');
    for await (const _ of sub)
        return true;
    return false;
}
describe('NATS credentials re-read on reconnect', () => {
    let nats;
    let files;
    let nc;
    beforeEach(async () => {
        files = await certDir();
    });
    afterEach(async () => {
        await nc?.close();
        nc = undefined;
        await nats?.stop();
        nats = undefined;
        await files.dispose();
    });
    const start = async (config, settings) => {
        nats = await startNatsServer({ jetstream: false, config, probe: PROBE });
        const { logger, text } = capturingLogger();
        nc = await connectNats(compileNatsSettings({ url: nats.url, ...settings }), { name: 'rotation-test', logger });
        expect(await works(nc)).toBe(true);
        return { nats, nc, events: watch(nc), logText: text };
    };
    it('NATS_PASSWORD_FILE: the file is replaced, the server reloads with the new password, the client reconnects with it', async () => {
        const passwordFile = await files.write('orch.password', 'old-Pa55-1111\n');
        const users = (password) => `authorization { users = [ { user: orch, password: "${password}" }, ${probeUser} ] }`;
        const { nats, nc, events, logText } = await start(users('old-Pa55-1111'), { user: 'orch', passwordFile });
        await replace(passwordFile, 'new-Pa55-2222\n');
        await nats.reload(users('new-Pa55-2222'));
        await waitFor(() => events.reconnects() >= 1, { timeoutMs: 10_000, what: 'the client to reconnect with the new password' });
        expect(nc.isClosed()).toBe(false);
        expect(await works(nc)).toBe(true);
        // The server really changed: the old password is refused now.
        await expect(connect({ servers: nats.url, user: 'orch', pass: 'old-Pa55-1111', reconnect: false })).rejects.toThrow(/Authorization Violation/i);
        expect(logText()).not.toContain('Pa55');
    });
    it('NATS_TOKEN_FILE: the server changes first (reconnects refused, the client keeps trying), then the file; it reconnects', async () => {
        const tokenFile = await files.write('nats.token', 'token-aaaa-1111\n');
        // nats-server takes one token per server and not beside users: the probe connects with the token too.
        nats = await startNatsServer({ jetstream: false, config: 'authorization { token: "token-aaaa-1111" }', probe: { token: 'token-aaaa-1111' } });
        nc = await connectNats(compileNatsSettings({ url: nats.url, tokenFile }), { name: 'rotation-test' });
        const events = watch(nc);
        expect(await works(nc)).toBe(true);
        await nats.reload('authorization { token: "token-bbbb-2222" }');
        await waitFor(() => events.authErrors() >= 2, { timeoutMs: 15_000, what: 'reconnects refused with the old token' });
        expect(nc.isClosed()).toBe(false); // nats.js would give up after the same auth error twice; a credential file keeps it trying
        await replace(tokenFile, 'token-bbbb-2222\n');
        await waitFor(() => events.reconnects() >= 1, { timeoutMs: 15_000, what: 'the client to reconnect with the new token' });
        expect(await works(nc)).toBe(true);
    });
    it('NATS_NKEY_SEED_FILE: a new seed on disk and the new public key on the server; the client reconnects with the new key', async () => {
        const oldKey = createUserNkey();
        const newKey = createUserNkey();
        const nkeySeedFile = await files.write('agent.nk', `${oldKey.seed}\n`);
        const users = (publicKey) => `authorization { users = [ { nkey: ${publicKey} }, ${probeUser} ] }`;
        const { nats, nc, events } = await start(users(oldKey.publicKey), { nkeySeedFile });
        await replace(nkeySeedFile, `${newKey.seed}\n`);
        await nats.reload(users(newKey.publicKey));
        await waitFor(() => events.reconnects() >= 1, { timeoutMs: 10_000, what: 'the client to reconnect with the new NKey' });
        expect(await works(nc)).toBe(true);
    });
    it('keeps the last good credential while the file is half-written or missing, and takes it once complete', async () => {
        const passwordFile = await files.write('orch.password', 'old-Pa55-3333\n');
        const users = (password) => `authorization { users = [ { user: orch, password: "${password}" }, ${probeUser} ] }`;
        const { nats, nc, events } = await start(users('old-Pa55-3333'), { user: 'orch', passwordFile });
        await writeFile(passwordFile, ''); // truncated: unusable, the old password stays in use
        await nats.restart(); // a forced reconnect with the same server configuration
        await waitFor(() => events.reconnects() >= 1, { timeoutMs: 10_000, what: 'the reconnect with the last good password' });
        expect(await works(nc)).toBe(true);
        await replace(passwordFile, 'new-Pa55-4444\n');
        await nats.reload(users('new-Pa55-4444'));
        await waitFor(() => events.reconnects() >= 2, { timeoutMs: 10_000, what: 'the reconnect with the new password' });
        expect(await works(nc)).toBe(true);
    });
    it('NATS_CREDS: the user JWT expires, the server disconnects, the client reconnects with the new .creds file', async () => {
        const operator = makeOperator();
        const probe = credsAuthenticator(new TextEncoder().encode(operator.userCreds('probe')));
        nats = await startNatsServer({ jetstream: false, config: operator.serverConfig, probe: { authenticator: probe } });
        const expiresAt = Math.floor(Date.now() / 1000) + 3;
        const credsFile = await files.write('agent.creds', operator.userCreds('agent', { exp: expiresAt }));
        nc = await connectNats(compileNatsSettings({ url: nats.url, credsFile }), { name: 'rotation-test' });
        const events = watch(nc);
        expect(await works(nc)).toBe(true);
        await replace(credsFile, operator.userCreds('agent', { exp: expiresAt + 3600 }));
        await waitFor(() => events.reconnects() >= 1, { timeoutMs: 15_000, what: 'the reconnect after the old JWT expired' });
        expect(Date.now() / 1000).toBeGreaterThanOrEqual(expiresAt - 1);
        expect(await works(nc)).toBe(true);
    });
});
//# sourceMappingURL=nats-credential-rotation.int.test.js.map