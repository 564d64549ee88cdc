// An agent started with TLS files it cannot use refuses to start, naming the option and its
// environment variable, before it listens or touches NATS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, startAgent, type AgentTlsOptions } from '../../src/sdk/index.js';
import { issueCert, makeCa, makeTempDir, removeDir, writePem } from '../helpers/certs.js';

const echo = defineAgent({ name: 'echo', version: '1.0.0', capabilities: [{ name: 'echo.say' }], handlers: { 'echo.say': (input) => input } });
// Nothing listens there: the agent must fail before it would connect.
// Half a pair on purpose (as a caller without types could pass it).
interface TlsFiles { cert?: string; key?: string; clientCa?: string }
const start = (tls: TlsFiles) => startAgent(echo, { nats: 'nats://127.0.0.1:1', host: '127.0.0.1', port: 0, logLevel: 'silent', tls: tls as AgentTlsOptions });
const refusal = async (tls: TlsFiles): Promise<string> => {
  const err = await start(tls).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(Error);
  return (err as Error).message;
};

describe('an agent\'s TLS options', () => {
  let dir: string;
  let files: { cert: string; key: string };
  beforeAll(async () => {
    dir = await makeTempDir();
    files = await writePem(dir, 'echo', await issueCert({ ca: await makeCa(), cn: 'echo', sans: { uri: ['troupe://agent/echo'] } }));
  });
  afterAll(() => removeDir(dir));

  it('names the file it cannot read', async () => {
    expect(await refusal({ cert: '/no/such/cert.pem', key: '/no/such/key.pem' })).toMatch(/^tls\.cert \(TROUPE_AGENT_TLS_CERT\): cannot read \/no\/such\/cert\.pem/);
    expect(await refusal({ cert: files.cert, key: '/no/such/key.pem' })).toMatch(/^tls\.key \(TROUPE_AGENT_TLS_KEY\): cannot read \/no\/such\/key\.pem/);
    expect(await refusal({ ...files, clientCa: '/no/such/ca.pem' })).toMatch(/^tls\.clientCa \(TROUPE_AGENT_TLS_CLIENT_CA\): cannot read \/no\/such\/ca\.pem/);
  });

  it('says a cert and a key go together', async () => {
    for (const half of [{ cert: files.cert }, { key: files.key }]) {
      expect(await refusal(half)).toBe('tls: needs both cert and key: set tls.cert (TROUPE_AGENT_TLS_CERT) and tls.key (TROUPE_AGENT_TLS_KEY), or neither');
    }
  });
});
