// deploy/nats/nats-server.conf is code: the real nats-server must accept it as shipped
// (its include and variables resolved), and refuse it when a password variable is missing.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createUserNkey } from '../helpers/nats-security.js';
const CONF = join(import.meta.dirname, '../../deploy/nats/nats-server.conf');
const run = promisify(execFile);
const ENV = {
    PATH: process.env.PATH ?? '',
    TROUPE_NATS_ORCHESTRATOR_PASSWORD: 'o',
    TROUPE_NATS_AGENT_PASSWORD: 'a',
    TROUPE_NATS_ECHO_PASSWORD: 'e',
    TROUPE_NATS_OBSERVER_PASSWORD: 'b',
    TROUPE_NATS_AGENT_NKEY: createUserNkey().publicKey,
};
describe('deploy/nats/nats-server.conf', () => {
    it('passes nats-server -t with its passwords and NKey in the environment', async () => {
        const { stdout, stderr } = await run('nats-server', ['-c', CONF, '-t'], { env: ENV });
        expect(`${stdout}${stderr}`).toContain('is valid');
    });
    it('is refused when a password variable is missing (no silent empty password)', async () => {
        const { TROUPE_NATS_AGENT_PASSWORD: _omitted, ...env } = ENV;
        await expect(run('nats-server', ['-c', CONF, '-t'], { env })).rejects.toThrow(/TROUPE_NATS_AGENT_PASSWORD/);
    });
});
//# sourceMappingURL=deploy-nats.int.test.js.map