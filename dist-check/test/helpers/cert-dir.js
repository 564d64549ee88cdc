// Test certificates as files in one temporary directory, for tests that hand paths
// to processes (NATS TLS settings, nats-server's tls block). The certificates
// themselves come from certs.ts, the one generator the TLS tests share.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCert as issue, keyPem, makeCa as makeAuthority } from './certs.js';
/**
 * Opens a temp directory for certificates.
 *
 * @example
 * await using certs = await certDir();
 * const ca = await certs.makeCa();
 * const server = await certs.issueCert({ ca, cn: 'localhost', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: ['server'] });
 */
export async function certDir() {
    const path = await mkdtemp(join(tmpdir(), 'troupe-certs-'));
    let count = 0;
    const save = async (stem, certPem, key) => {
        const base = `${++count}-${stem.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
        const certFile = join(path, `${base}.crt.pem`);
        const keyFile = join(path, `${base}.key.pem`);
        await writeFile(certFile, certPem);
        await writeFile(keyFile, key, { mode: 0o600 });
        return { certFile, keyFile };
    };
    const dispose = () => rm(path, { recursive: true, force: true });
    return {
        path,
        async makeCa({ cn = 'Troupe Test CA', notAfter } = {}) {
            const ca = await makeAuthority(cn, notAfter ? { notAfter } : {});
            const key = await keyPem(ca.keys);
            return { ...ca, keyPem: key, ...(await save(cn, ca.certPem, key)) };
        },
        async issueCert({ ca, cn, sans, notAfter, notBefore, usage = ['server', 'client'] }) {
            const cert = await issue({
                ca,
                cn,
                ...(sans ? { sans } : {}),
                ...(notAfter ? { notAfter } : {}),
                ...(notBefore ? { notBefore } : {}),
                usage: usage.includes('server') && usage.includes('client') ? 'both' : usage.includes('server') ? 'server' : 'client',
            });
            return { ...cert, ...(await save(cn, cert.certPem, cert.keyPem)) };
        },
        async write(name, text) {
            const file = join(path, name);
            await writeFile(file, text);
            return file;
        },
        dispose,
        [Symbol.asyncDispose]: dispose,
    };
}
//# sourceMappingURL=cert-dir.js.map