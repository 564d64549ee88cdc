// NATS over TLS against a real nats-server with certificates made for this run: a custom CA,
// a client certificate (verify: true), tls:// URLs, and the start-up failures an operator
// meets (wrong CA, no CA, no client certificate, TLS against a plain server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { compileNatsSettings, connectNats, NatsConnectError, natsSettingsFromEnv, type NatsSettings } from '../../src/sdk/security/index.js';
import { certDir, type CertDir, type TestCa, type TestCert } from '../helpers/cert-dir.js';
import { startNatsServer, type NatsServerHandle } from '../helpers/nats-server.js';
import { capturingLogger, startPair } from '../helpers/nats-security.js';

const PASSWORD = 'tls-Pa55-w0rd-5eed';

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

function tlsConfig(server: TestCert, ca: TestCa, verify: boolean): string {
  return `tls {\n  cert_file: "${server.certFile}"\n  key_file: "${server.keyFile}"\n  ca_file: "${ca.certFile}"\n  verify: ${verify}\n}\n`;
}

describe('NATS over TLS', () => {
  let certs: CertDir;
  let ca: TestCa;
  let otherCa: TestCa;
  let client: TestCert;
  let mutual: NatsServerHandle;
  let serverOnly: NatsServerHandle;
  let passwordFile: string;

  beforeAll(async () => {
    certs = await certDir();
    ca = await certs.makeCa();
    otherCa = await certs.makeCa({ cn: 'Some Other CA' });
    const server = await certs.issueCert({ ca, cn: 'nats', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: ['server'] });
    client = await certs.issueCert({ ca, cn: 'troupe-orchestrator', usage: ['client'] });
    passwordFile = await certs.write('password', PASSWORD);
    const tls = { ca: ca.certPem, cert: client.certPem, key: client.keyPem };
    mutual = await startNatsServer({ config: tlsConfig(server, ca, true), probe: { tls } });
    serverOnly = await startNatsServer({
      jetstream: false,
      config: `${tlsConfig(server, ca, false)}authorization { users = [ { user: orch, password: "${PASSWORD}" } ] }\n`,
      probe: { tls: { ca: ca.certPem }, user: 'orch', pass: PASSWORD },
    });
  });
  afterAll(async () => {
    await mutual.stop();
    await serverOnly.stop();
    await certs.dispose();
  });

  const env = (url: string, extra: Record<string, string> = {}): NatsSettings => natsSettingsFromEnv({ NATS_URL: url, ...extra })!;

  it('runs a task over mutual TLS with a custom CA and client certificates (durable KV)', async () => {
    const { logger, text } = capturingLogger();
    const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: ca.certFile, NATS_TLS_CERT: client.certFile, NATS_TLS_KEY: client.keyFile }));
    expect(settings.tls).toBe(true);
    const pair = await startPair(settings, settings, logger, true);
    try {
      expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
    } finally {
      await pair.close();
    }
    expect(text()).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(settings)).not.toContain('PRIVATE KEY');
  });

  it('runs a task with a tls:// URL, a custom CA and a password file (no client certificate)', async () => {
    const { logger, text } = capturingLogger();
    const url = `tls://localhost:${serverOnly.port}`;
    const settings = compileNatsSettings(env(url, { NATS_TLS_CA: ca.certFile, NATS_USER: 'orch', NATS_PASSWORD_FILE: passwordFile }));
    const pair = await startPair(settings, settings, logger);
    try {
      expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
    } finally {
      await pair.close();
    }
    expect(text()).not.toContain(PASSWORD);
  });

  it('fails naming NATS_TLS_CA when the server certificate is signed by another CA', async () => {
    const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: otherCa.certFile, NATS_TLS_CERT: client.certFile, NATS_TLS_KEY: client.keyFile }));
    const err = await failure(startAgent(echo, { nats: settings, logger: capturingLogger().logger }));
    expect(NatsConnectError.is(err)).toBe(true);
    expect(err.message).toBe(`NATS_TLS_CA: cannot verify the NATS server at ${mutual.url}: its certificate is not signed by a trusted CA (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
  });

  it('fails naming NATS_TLS_CA when a TLS server is reached without a CA setting', async () => {
    const err = await failure(startAgent(echo, { nats: mutual.url, logger: capturingLogger().logger }));
    expect(err.message).toMatch(/^NATS_TLS_CA \(not set: only the system CAs are trusted\): cannot verify the NATS server at nats:\/\/127\.0\.0\.1:\d+: its certificate is not signed by a trusted CA/);
  });

  it('fails with a hint at NATS_TLS_CERT when the server requires a client certificate', async () => {
    const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: ca.certFile }));
    const err = await failure(connectNats(settings, { name: 'test', timeoutMs: 1500 }));
    expect(err.message).toBe(`NATS_TLS_CERT: the NATS server at ${mutual.url} did not accept the connection in time; it may require a client certificate (set NATS_TLS_CERT and NATS_TLS_KEY)`);
  });

  it('fails naming NATS_TLS_CA when the server certificate names another host', async () => {
    const elsewhere = await certs.issueCert({ ca, cn: 'nats.example', sans: { dns: ['nats.example'] }, usage: ['server'] });
    await using other = await startNatsServer({ jetstream: false, config: tlsConfig(elsewhere, ca, false), probe: false });
    const err = await failure(connectNats(compileNatsSettings(env(other.url, { NATS_TLS_CA: ca.certFile })), { name: 'test' }));
    expect(err.message).toBe(`NATS_TLS_CA: cannot verify the NATS server at ${other.url}: its certificate does not name this host`);
  });

  it('fails naming the TLS setting when the server does not offer TLS', async () => {
    await using plain = await startNatsServer({ jetstream: false });
    const err = await failure(connectNats(compileNatsSettings(env(plain.url, { NATS_TLS_CA: ca.certFile })), { name: 'test' }));
    expect(err.message).toBe(`NATS_TLS_CA: TLS is configured but the server at ${plain.url} does not offer TLS`);
    const viaUrl = await failure(connectNats(compileNatsSettings(env(plain.url.replace('nats://', 'tls://'))), { name: 'test' }));
    expect(viaUrl.message).toBe(`NATS_URL: TLS is configured but the server at ${plain.url.replace('nats://', 'tls://')} does not offer TLS`);
  });
});
