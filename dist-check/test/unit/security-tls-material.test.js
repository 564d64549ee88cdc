import { X509Certificate } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentIdentityError, certificateNames } from '../../src/sdk/security/agent-identity.js';
import { loadTlsMaterial, ReloadingCertificateProvider, TlsConfigError } from '../../src/sdk/security/tls.js';
import { issueCert, makeCa, makeTempDir, removeDir, sameSerial, writePem } from '../helpers/certs.js';
describe('TLS material', () => {
    let dir;
    let a;
    let b;
    let files;
    beforeAll(async () => {
        dir = await makeTempDir();
        const ca = await makeCa();
        a = await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], dns: ['echo.internal'], ip: ['127.0.0.1'] } });
        b = await issueCert({ ca, cn: 'echo' });
        files = await writePem(dir, 'a', a);
    });
    afterAll(() => removeDir(dir));
    it('loads a matching pair and reports its serial', () => {
        const m = loadTlsMaterial({ cert: files.cert, key: files.key });
        expect(sameSerial(m.serial, a.serial)).toBe(true);
    });
    it('names the setting when a file is missing, not PEM, or the key does not match', async () => {
        const names = { ca: 'CA', cert: 'CERT', key: 'KEY' };
        expect(() => loadTlsMaterial({ cert: `${dir}/nope.crt`, key: files.key }, names)).toThrow(/^CERT: cannot read/);
        expect(() => loadTlsMaterial({ cert: files.cert, key: Buffer.from(b.keyPem) }, names)).toThrow(/^KEY: the key in .* does not match/);
        expect(() => loadTlsMaterial({ ca: Buffer.from('garbage') }, names)).toThrow(TlsConfigError);
        expect(() => loadTlsMaterial({ cert: files.cert }, names)).toThrow(/go together/);
        await writeFile(`${dir}/bad.key`, 'not a key');
        expect(() => loadTlsMaterial({ cert: files.cert, key: `${dir}/bad.key` }, names)).toThrow(/^KEY: .* is not a PEM private key/);
    });
    it('a reload with a broken set keeps the previous material; a good one replaces it and tells listeners', async () => {
        const f = await writePem(dir, 'rot', a);
        const provider = new ReloadingCertificateProvider({ cert: f.cert, key: f.key }, { pollMs: 60_000 });
        try {
            const updates = [];
            provider.addIdentityCertificateListener((u) => u && updates.push(new X509Certificate(u.certificate).serialNumber));
            await new Promise((resolve) => process.nextTick(resolve));
            await writeFile(f.cert, b.certPem); // the key still belongs to `a`
            expect(provider.reload()).toBe(false);
            expect(sameSerial(provider.material.serial, a.serial)).toBe(true);
            await writeFile(f.key, b.keyPem);
            expect(provider.reload()).toBe(true);
            expect(sameSerial(provider.material.serial, b.serial)).toBe(true);
            expect(updates.map((s) => sameSerial(s, a.serial) ? 'a' : sameSerial(s, b.serial) ? 'b' : s)).toEqual(['a', 'b']);
        }
        finally {
            provider.close();
        }
    });
});
describe('agent identity', () => {
    it('reads URI and DNS names from a subjectAltName, quoted ones included', () => {
        expect(certificateNames({ subjectaltname: 'URI:troupe://agent/echo, DNS:echo.internal, IP Address:127.0.0.1, DNS:"a,b"' })).toEqual({
            uris: ['troupe://agent/echo'],
            dns: ['echo.internal', 'a,b'],
        });
    });
    it('accepts troupe://agent/<name> or DNS <name>, and nothing else', () => {
        expect(agentIdentityError('echo', { subjectaltname: 'URI:troupe://agent/echo' })).toBeUndefined();
        expect(agentIdentityError('echo', { subjectaltname: 'DNS:echo' })).toBeUndefined();
        expect(agentIdentityError('echo', { subjectaltname: 'URI:troupe://agent/echo-evil, DNS:echo.evil' })?.message).toMatch(/names URI:troupe:\/\/agent\/echo-evil, DNS:echo.evil, not troupe:\/\/agent\/echo/);
        expect(agentIdentityError('echo', { subjectaltname: 'URI:troupe://agent/ECHO' })).toBeDefined();
        expect(agentIdentityError('echo', {})?.message).toMatch(/names nothing/);
    });
});
//# sourceMappingURL=security-tls-material.test.js.map