// Test certificates made fresh per run with @peculiar/x509 over Node's WebCrypto: a CA and
// certificates it issues (server, client or both), written as PEM files to a temp dir.
// Generic on purpose: NATS TLS and gRPC TLS tests share it.
import './reflect-metadata.js';
import { webcrypto } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

type CryptoKeyPair = webcrypto.CryptoKeyPair;
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** A key pair with its PEM private key (PKCS#8). */
interface Keyed {
  readonly keys: CryptoKeyPair;
  /** PEM certificate. */
  readonly certPem: string;
  /** PEM private key (PKCS#8, unencrypted). */
  readonly keyPem: string;
  /** Files holding the two PEMs (written by {@link certDir}). */
  readonly certFile: string;
  readonly keyFile: string;
}

/** A certificate authority able to issue certificates. */
export interface TestCa extends Keyed {
  readonly cert: x509.X509Certificate;
  readonly name: string;
}

/** An issued certificate. */
export interface TestCert extends Keyed {
  readonly cert: x509.X509Certificate;
}

/** A temp directory holding the PEM files; remove it with `dispose()` (or `await using`). */
export interface CertDir extends AsyncDisposable {
  readonly path: string;
  makeCa(options?: { cn?: string; notAfter?: Date }): Promise<TestCa>;
  issueCert(options: IssueOptions): Promise<TestCert>;
  /** Writes any text (e.g. a bad PEM) to a file in the dir and returns its path. */
  write(name: string, text: string): Promise<string>;
  dispose(): Promise<void>;
}

/** What {@link CertDir.issueCert} makes. */
export interface IssueOptions {
  ca: TestCa;
  cn: string;
  sans?: { dns?: string[]; ip?: string[]; uri?: string[] };
  /** @default one day from now */
  notAfter?: Date;
  /** @default an hour ago */
  notBefore?: Date;
  /** Extended key usages. @default ['server', 'client'] */
  usage?: ('server' | 'client')[];
}

async function pemKey(keys: CryptoKeyPair): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

let serial = 1;
const nextSerial = (): string => (serial++).toString(16).padStart(2, '0') + Date.now().toString(16);

/**
 * Opens a temp directory for certificates.
 *
 * @example
 * await using certs = await certDir();
 * const ca = await certs.makeCa();
 * const server = await certs.issueCert({ ca, cn: 'localhost', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: ['server'] });
 */
export async function certDir(): Promise<CertDir> {
  const path = await mkdtemp(join(tmpdir(), 'troupe-certs-'));
  let count = 0;
  const save = async (stem: string, certPem: string, keyPem: string): Promise<{ certFile: string; keyFile: string }> => {
    const base = `${++count}-${stem.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    const certFile = join(path, `${base}.crt.pem`);
    const keyFile = join(path, `${base}.key.pem`);
    await writeFile(certFile, certPem);
    await writeFile(keyFile, keyPem, { mode: 0o600 });
    return { certFile, keyFile };
  };
  const dispose = (): Promise<void> => rm(path, { recursive: true, force: true });
  return {
    path,
    async makeCa({ cn = 'Troupe Test CA', notAfter } = {}) {
      const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
      const cert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: nextSerial(),
        name: `CN=${cn}`,
        notBefore: new Date(Date.now() - 3_600_000),
        notAfter: notAfter ?? new Date(Date.now() + 86_400_000),
        keys,
        signingAlgorithm: ALG,
        extensions: [
          new x509.BasicConstraintsExtension(true, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
          await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
        ],
      });
      const certPem = cert.toString('pem');
      const keyPem = await pemKey(keys);
      return { cert, keys, certPem, keyPem, name: cn, ...(await save(cn, certPem, keyPem)) };
    },
    async issueCert({ ca, cn, sans = {}, notAfter, notBefore, usage = ['server', 'client'] }) {
      const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
      const names: x509.JsonGeneralName[] = [
        ...(sans.dns ?? []).map((value) => ({ type: 'dns' as const, value })),
        ...(sans.ip ?? []).map((value) => ({ type: 'ip' as const, value })),
        ...(sans.uri ?? []).map((value) => ({ type: 'url' as const, value })),
      ];
      const ekus = usage.map((u) => (u === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth));
      const cert = await x509.X509CertificateGenerator.create({
        serialNumber: nextSerial(),
        subject: `CN=${cn}`,
        issuer: ca.cert.subject,
        notBefore: notBefore ?? new Date(Date.now() - 3_600_000),
        notAfter: notAfter ?? new Date(Date.now() + 86_400_000),
        publicKey: keys.publicKey,
        signingKey: ca.keys.privateKey,
        signingAlgorithm: ALG,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
          new x509.ExtendedKeyUsageExtension(ekus),
          ...(names.length > 0 ? [new x509.SubjectAlternativeNameExtension(names)] : []),
          await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
        ],
      });
      const certPem = cert.toString('pem');
      const keyPem = await pemKey(keys);
      return { cert, keys, certPem, keyPem, ...(await save(cn, certPem, keyPem)) };
    },
    async write(name, text) {
      const file = join(path, name);
      await writeFile(file, text, { mode: 0o600 });
      return file;
    },
    dispose,
    [Symbol.asyncDispose]: dispose,
  };
}
