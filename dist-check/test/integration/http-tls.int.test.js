/**
 * HTTPS on the orchestrator's HTTP port (health, metrics, the web page, audio), against a
 * real orchestrator: on by default with the API certificate, real HTTPS requests with the
 * test CA, a readable 400 for a plaintext request, rotation of the certificate files
 * without a restart, `httpTls: false`, and the safe-default rule counting HTTPS as TLS.
 */
import { writeFile, rename } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { hashToken } from '../../src/sdk/security/tokens.js';
import { issueCert, makeCa, makeTempDir, removeDir, sameSerial, writePem } from '../helpers/certs.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
/** One request on a fresh connection (no keep-alive agent), so each sees the certificate served now. */
function get(url, ca) {
    return new Promise((resolve, reject) => {
        const secure = url.startsWith('https:');
        const req = (secure ? httpsRequest : httpRequest)(url, { agent: false, ...(secure && ca ? { ca } : {}) }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ...(res.socket instanceof TLSSocket ? { serial: res.socket.getPeerCertificate().serialNumber } : {}) }));
        });
        req.on('error', reject);
        req.end();
    });
}
describe('HTTPS on the orchestrator HTTP port', () => {
    let dir;
    let nats;
    let ca;
    let files;
    let orchestrator;
    const serverCert = () => issueCert({ ca, cn: 'orchestrator', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' });
    beforeAll(async () => {
        dir = await makeTempDir();
        ca = await makeCa();
        files = await writePem(dir, 'api', await serverCert());
        nats = await startNatsServer({ jetstream: false });
        orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: 0, durable: false, discoveryWaitMs: 0, logLevel: 'silent', tlsCert: files.cert, tlsKey: files.key });
    });
    afterAll(async () => {
        await orchestrator?.stop();
        await nats?.stop();
        await removeDir(dir);
    });
    it('serves /healthz and /readyz over HTTPS with the API certificate (on by default with tlsCert)', async () => {
        expect(orchestrator.httpTls).toBe(true);
        const base = `https://${orchestrator.httpAddress}`;
        expect(await get(`${base}/healthz`, ca.certPem)).toMatchObject({ status: 200, body: 'ok\n' });
        expect(await get(`${base}/readyz`, ca.certPem)).toMatchObject({ status: 200 });
        // A client that does not trust the CA refuses the server.
        await expect(get(`${base}/healthz`)).rejects.toThrow(/self[- ]signed|unable to verify|unable to get local issuer/i);
    });
    it('answers a plaintext request on the HTTPS port with a 400 that says to use https://', async () => {
        const answer = await get(`http://${orchestrator.httpAddress}/healthz`);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatch(/this port serves HTTPS: use https:\/\//);
        // The port still serves HTTPS afterwards.
        expect(await get(`https://${orchestrator.httpAddress}/healthz`, ca.certPem)).toMatchObject({ status: 200 });
    });
    it('serves a rotated certificate to new connections without a restart', async () => {
        const url = `https://${orchestrator.httpAddress}/healthz`;
        const before = await get(url, ca.certPem);
        const next = await serverCert();
        await writeFile(`${files.key}.new`, next.keyPem);
        await writeFile(`${files.cert}.new`, next.certPem);
        await rename(`${files.key}.new`, files.key);
        await rename(`${files.cert}.new`, files.cert);
        await waitFor(async () => sameSerial((await get(url, ca.certPem)).serial ?? '', next.serial), { timeoutMs: 8000, what: 'the HTTP port to serve the new certificate' });
        expect(sameSerial(before.serial ?? '', next.serial)).toBe(false);
    });
    it('httpTls: false keeps plain HTTP beside a TLS gRPC API', async () => {
        const plain = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: 0, durable: false, discoveryWaitMs: 0, logLevel: 'silent', tlsCert: files.cert, tlsKey: files.key, httpTls: false });
        try {
            expect(plain.httpTls).toBe(false);
            expect(await get(`http://${plain.httpAddress}/healthz`)).toMatchObject({ status: 200, body: 'ok\n' });
        }
        finally {
            await plain.stop();
        }
    });
    it('counts HTTPS as TLS for the safe-default rule: with TLS and API tokens the HTTP port may bind 0.0.0.0 without --insecure', async () => {
        const tokens = join(dir, 'tokens.jsonl');
        await writeFile(tokens, `${JSON.stringify({ name: 'ops', sha256: hashToken('ops-token-1234567890'), scopes: 'runs:read' })}\n`);
        const exposed = { natsUrl: nats.url, grpcHost: '127.0.0.1', httpHost: '0.0.0.0', grpcPort: 0, httpPort: 0, durable: false, discoveryWaitMs: 0, logLevel: 'silent', tlsCert: files.cert, tlsKey: files.key, authTokensFile: tokens };
        const secure = await startOrchestrator(exposed);
        try {
            const port = secure.httpAddress?.split(':').pop();
            expect(await get(`https://127.0.0.1:${port}/healthz`, ca.certPem)).toMatchObject({ status: 200 });
        }
        finally {
            await secure.stop();
        }
        await expect(startOrchestrator({ ...exposed, httpTls: false })).rejects.toThrow(/HTTP endpoint would listen on 0\.0\.0\.0 without TLS;/);
    });
    it('troupe orchestrator with TROUPE_TLS_CERT/KEY says https and serves it', async () => {
        const proc = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], { TROUPE_TLS_CERT: files.cert, TROUPE_TLS_KEY: files.key, TROUPE_DURABLE: 'false' });
        try {
            const ready = await proc.waitForLine(/orchestrator listening on (\S+) \(https (\S+)\)/, 20_000);
            expect(await get(`https://${ready[2]}/healthz`, ca.certPem)).toMatchObject({ status: 200, body: 'ok\n' });
        }
        finally {
            proc.kill('SIGTERM');
            await proc.exited;
        }
    });
});
//# sourceMappingURL=http-tls.int.test.js.map