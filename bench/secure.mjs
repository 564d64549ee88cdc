// The secured stack for `npm run bench`: its own nats-server, an orchestrator with
// API TLS + bearer-token auth + mTLS to agents (with admission), and the echo agent
// serving mTLS. Certificates are throw-away, made with the openssl CLI in a temp dir.
import { execFileSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';

const OPENSSL = process.env.OPENSSL ?? 'openssl';
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** Writes ca.crt/.key and, per leaf, `<name>.crt`/`.key` signed by the CA (ECDSA P-256, valid one day). */
function makeCertificates(dir, leaves) {
  const openssl = (...args) => execFileSync(OPENSSL, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  openssl('req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=troupe bench CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  for (const { name, san, usage } of leaves) {
    writeFileSync(join(dir, `${name}.ext`), [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      `extendedKeyUsage=${usage}`,
      `subjectAltName=${san}`,
      '',
    ].join('\n'));
    openssl('req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
      '-days', '1', '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.crt`);
  }
}

/**
 * Starts the secured stack and resolves with `{ client, stop }`: `client` is an
 * OrchestratorService client over TLS that sends `authorization: Bearer <token>`
 * on every call (an interceptor).
 */
export async function startSecureStack({ startTroupe, startNatsServer, protos, clientOptions = {}, apiTls = true, token: useToken = true, agentTls = true }) {
  const dir = mkdtempSync(join(tmpdir(), 'troupe-bench-tls-'));
  const file = (name) => join(dir, name);
  makeCertificates(dir, [
    { name: 'orchestrator', san: 'IP:127.0.0.1,DNS:localhost', usage: 'serverAuth' },
    { name: 'agent-echo', san: 'URI:troupe://agent/echo,IP:127.0.0.1', usage: 'serverAuth' },
    { name: 'orchestrator-client', san: 'DNS:orchestrator', usage: 'clientAuth' },
  ]);
  const token = `troupe_${randomBytes(32).toString('base64url')}`;
  const sha256 = createHash('sha256').update(token, 'utf8').digest('hex');
  writeFileSync(file('tokens.jsonl'), `${JSON.stringify({ name: 'bench', sha256, scopes: ['tasks:submit'] })}\n`, { mode: 0o600 });

  const nats = await startNatsServer();
  const started = [];
  const stop = async () => {
    for (const p of started.reverse()) await p.stop();
    await nats.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // apiTls / token / agentTls (all on by default) turn one layer off, to see which one costs.
    const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/, {
      ...(apiTls ? { TROUPE_TLS_CERT: file('orchestrator.crt'), TROUPE_TLS_KEY: file('orchestrator.key') } : {}),
      ...(useToken ? { TROUPE_AUTH_TOKENS_FILE: file('tokens.jsonl') } : {}),
      ...(agentTls
        ? { TROUPE_AGENT_CA: file('ca.crt'), TROUPE_AGENT_CLIENT_CERT: file('orchestrator-client.crt'), TROUPE_AGENT_CLIENT_KEY: file('orchestrator-client.key') }
        : {}),
    });
    started.push(orch);
    const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/, agentTls
      ? { TROUPE_AGENT_TLS_CERT: file('agent-echo.crt'), TROUPE_AGENT_TLS_KEY: file('agent-echo.key'), TROUPE_AGENT_TLS_CLIENT_CA: file('ca.crt') }
      : {});
    started.push(agent);
    const bearer = (options, nextCall) =>
      new grpc.InterceptingCall(nextCall(options), {
        start(metadata, listener, next) {
          metadata.set('authorization', `Bearer ${token}`);
          next(metadata, listener);
        },
      });
    const client = new protos.orchestrator.troupe.v1.OrchestratorService(
      orch.match[1],
      apiTls ? grpc.credentials.createSsl(readFileSync(file('ca.crt'))) : grpc.credentials.createInsecure(),
      { ...clientOptions, interceptors: useToken ? [bearer] : [] },
    );
    return {
      client,
      stop: async () => {
        client.close();
        await stop();
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
