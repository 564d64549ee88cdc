/**
 * Test certificates, made fresh per run with @peculiar/x509 over Node's WebCrypto
 * (ECDSA P-256): a CA, then server / client / expired / wrong-name certificates
 * issued by it, written as PEM files to a temporary directory.
 *
 * @example
 * const ca = await makeCa();
 * const server = await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], ip: ['127.0.0.1'] } });
 * const files = await writePem(dir, 'echo', server); // { cert, key } paths
 */
import { randomBytes, webcrypto } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './reflect-metadata.js';
import * as x509 from '@peculiar/x509';
x509.cryptoProvider.set(webcrypto);
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY = 86_400_000;
function serialHex() {
    // A positive serial whose first byte is not zero, so its hex form has no leading zeros.
    const bytes = randomBytes(16);
    bytes[0] = (bytes[0] & 0x7f) | 0x10;
    return bytes.toString('hex');
}
/** The PKCS#8 PEM of a key pair's private key. */
export async function keyPem(keys) {
    const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
    return x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
}
/** A self-signed CA valid from a day ago for a year (or until `notAfter`). */
export async function makeCa(name = 'Troupe Test CA', options = {}) {
    const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: serialHex(),
        name: `CN=${name}`,
        notBefore: new Date(Date.now() - DAY),
        notAfter: options.notAfter ?? new Date(Date.now() + 365 * DAY),
        signingAlgorithm: ALG,
        keys,
        extensions: [
            new x509.BasicConstraintsExtension(true, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
        ],
    });
    return { name, cert, keys, certPem: cert.toString('pem') };
}
/** A leaf certificate issued by `ca`. */
export async function issueCert(options) {
    const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
    const serial = serialHex();
    const names = [
        ...(options.sans?.dns ?? []).map((value) => ({ type: 'dns', value })),
        ...(options.sans?.ip ?? []).map((value) => ({ type: 'ip', value })),
        ...(options.sans?.uri ?? []).map((value) => ({ type: 'url', value })),
    ];
    const usage = options.usage ?? 'both';
    const eku = [
        ...(usage !== 'client' ? [x509.ExtendedKeyUsage.serverAuth] : []),
        ...(usage !== 'server' ? [x509.ExtendedKeyUsage.clientAuth] : []),
    ];
    const cert = await x509.X509CertificateGenerator.create({
        serialNumber: serial,
        subject: `CN=${options.cn}`,
        issuer: options.ca.cert.subject,
        notBefore: options.notBefore ?? new Date(Date.now() - DAY),
        notAfter: options.notAfter ?? new Date(Date.now() + 30 * DAY),
        signingAlgorithm: ALG,
        publicKey: keys.publicKey,
        signingKey: options.ca.keys.privateKey,
        extensions: [
            new x509.BasicConstraintsExtension(false, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
            new x509.ExtendedKeyUsageExtension(eku, false),
            ...(names.length > 0 ? [new x509.SubjectAlternativeNameExtension(names, false)] : []),
            await x509.AuthorityKeyIdentifierExtension.create(options.ca.cert, false),
        ],
    });
    return { cert, certPem: cert.toString('pem'), keyPem: await keyPem(keys), serial: serial.toUpperCase() };
}
/** A fresh temporary directory; remove it with {@link removeDir}. */
export function makeTempDir(prefix = 'troupe-certs-') {
    return mkdtemp(join(tmpdir(), prefix));
}
export function removeDir(dir) {
    return rm(dir, { recursive: true, force: true });
}
/** Writes `<name>.crt` and `<name>.key` (or the CA's `<name>.crt`) in `dir`; returns the paths. */
export async function writePem(dir, name, material) {
    const cert = join(dir, `${name}.crt`);
    const key = join(dir, `${name}.key`);
    await writeFile(cert, material.certPem);
    if ('keyPem' in material)
        await writeFile(key, material.keyPem, { mode: 0o600 });
    return { cert, key };
}
/** Normalises a serial (Node's PeerCertificate.serialNumber, ours) for comparison. */
export function sameSerial(a, b) {
    const n = (s) => s.toUpperCase().replace(/^0+/, '');
    return n(a) === n(b);
}
//# sourceMappingURL=certs.js.map