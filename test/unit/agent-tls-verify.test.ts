// The orchestrator's TLS check of an agent before admitting it (AgentTls.verify): a handshake with
// the agent's address, named by the agent's name, classified into a refusal reason. Real TLS and
// plaintext servers on loopback, over IPv6 too (an address in brackets).
import { once } from 'node:events';
import { createServer as createNetServer, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentTls } from '../../src/orchestrator/dispatch/agent-tls.js';
import { AdmissionRefusedError } from '../../src/orchestrator/registry/admission.js';
import { issueCert, makeCa } from '../helpers/certs.js';

describe('AgentTls.verify', () => {
  const servers: Server[] = [];
  let tls: AgentTls;
  let tlsPort: number;
  let plainPort: number;

  const listen = async (server: Server, host: string): Promise<number> => {
    servers.push(server);
    server.listen(0, host);
    await once(server, 'listening');
    return (server.address() as { port: number }).port;
  };

  beforeAll(async () => {
    const ca = await makeCa();
    const agent = await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], dns: ['echo'] } });
    tlsPort = await listen(createTlsServer({ cert: agent.certPem, key: agent.keyPem, ALPNProtocols: ['h2'] }, (socket) => socket.end()), '::1');
    plainPort = await listen(createNetServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')), '::1');
    tls = new AgentTls({ ca: Buffer.from(ca.certPem) });
  });
  afterAll(() => {
    tls?.close();
    for (const s of servers) s.close();
  });

  const refusal = (address: string, name: string): Promise<unknown> => tls.verify(address, name).then(() => undefined, (err: unknown) => err);

  it('completes the handshake with an agent whose certificate names it, at a bracketed IPv6 address', async () => {
    await expect(tls.verify(`[::1]:${tlsPort}`, 'echo')).resolves.toBeUndefined();
  });

  it('refuses a certificate that names another agent as wrong_identity', async () => {
    const err = await refusal(`[::1]:${tlsPort}`, 'tts');
    expect(err).toBeInstanceOf(AdmissionRefusedError);
    expect((err as AdmissionRefusedError).reason).toBe('wrong_identity');
  });

  it('refuses a plaintext server as no_tls, naming the address', async () => {
    const err = await refusal(`[::1]:${plainPort}`, 'echo');
    expect(err).toBeInstanceOf(AdmissionRefusedError);
    expect((err as AdmissionRefusedError).reason).toBe('no_tls');
    expect((err as Error).message).toContain(`[::1]:${plainPort}`);
  });
});
