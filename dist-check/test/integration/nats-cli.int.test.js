// The process entries (`troupe orchestrator|agent|announce`) read the NATS settings from the
// environment and stop at start-up with one line naming the setting, never the secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { certDir } from '../helpers/cert-dir.js';
import { startNatsServer } from '../helpers/nats-server.js';
const PASSWORD = 'cli-Pa55-w0rd-abcd';
const WRONG = 'cli-wr0ng-Pa55-9999';
async function troupe(argv, env) {
    let stderr = '';
    let stdout = '';
    const code = await main(argv, { env, stdout: { write: (s) => void (stdout += s) }, stderr: { write: (s) => void (stderr += s) } });
    expect(stdout).toBe('');
    return { code, stderr };
}
describe('NATS settings at the process entries', () => {
    let nats;
    let files;
    let wrongFile;
    beforeAll(async () => {
        files = await certDir();
        wrongFile = await files.write('wrong', WRONG);
        nats = await startNatsServer({ jetstream: false, config: `authorization { users = [ { user: orch, password: "${PASSWORD}" } ] }`, probe: { user: 'orch', pass: PASSWORD } });
    });
    afterAll(async () => {
        await nats.stop();
        await files.dispose();
    });
    it('troupe orchestrator: an unreadable NATS_PASSWORD_FILE is a usage error naming it', async () => {
        const r = await troupe(['orchestrator', '--grpc-port', '0', '--http-port=-1'], { NATS_URL: nats.url, NATS_USER: 'orch', NATS_PASSWORD_FILE: '/nonexistent/nats-password' });
        expect(r).toEqual({ code: 2, stderr: 'error: NATS_PASSWORD_FILE: cannot read /nonexistent/nats-password (no such file)\n' });
    });
    it('troupe orchestrator: a refused password stops start-up at once, naming the setting', async () => {
        const r = await troupe(['orchestrator', '--grpc-port', '0', '--http-port=-1'], { NATS_URL: nats.url, NATS_USER: 'orch', NATS_PASSWORD_FILE: wrongFile, TROUPE_DURABLE: 'false', TROUPE_LOG_LEVEL: 'silent' });
        expect(r).toEqual({ code: 1, stderr: `error: NATS_PASSWORD_FILE: the server at ${nats.url} refused user 'orch' (Authorization Violation)\n` });
    });
    it('troupe agent: wrong credentials in --nats are reported with the URL redacted', async () => {
        const r = await troupe(['agent', 'echo', '--nats', nats.url.replace('nats://', `nats://orch:${WRONG}@`)], { TROUPE_LOG_LEVEL: 'silent' });
        expect(r.code).toBe(1);
        expect(r.stderr).toBe(`error: NATS_URL: the server at ${nats.url.replace('nats://', 'nats://***@')} refused user 'orch' (Authorization Violation)\n`);
    });
    it('troupe agent: a credential without a NATS server is refused', async () => {
        const r = await troupe(['agent', 'echo'], { NATS_CREDS: '/etc/troupe/agent.creds' });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('error: NATS_CREDS: is set but no NATS server is; set NATS_URL (or --nats)\n');
    });
    it('troupe announce: two kinds of credential are refused before anything starts', async () => {
        const r = await troupe(['announce', '--grpc', '127.0.0.1:1', '--nats', `nats://orch:${PASSWORD}@127.0.0.1:${nats.port}`], { NATS_TOKEN_FILE: wrongFile });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('error: NATS_TOKEN_FILE: conflicts with NATS_URL (user:password@): give one kind of NATS credential (NATS_URL (user:password@), NATS_TOKEN_FILE)\n');
        expect(r.stderr).not.toContain(PASSWORD);
    });
});
//# sourceMappingURL=nats-cli.int.test.js.map