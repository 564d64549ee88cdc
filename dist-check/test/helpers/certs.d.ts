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
import { webcrypto } from 'node:crypto';
import './reflect-metadata.js';
import * as x509 from '@peculiar/x509';
type CryptoKeyPair = webcrypto.CryptoKeyPair;
/** A certificate authority. */
export interface TestCa {
    readonly name: string;
    readonly cert: x509.X509Certificate;
    readonly keys: CryptoKeyPair;
    /** The CA certificate, PEM. */
    readonly certPem: string;
}
/** An issued certificate and its key. */
export interface IssuedCert {
    readonly cert: x509.X509Certificate;
    readonly certPem: string;
    /** PKCS#8 private key, PEM. */
    readonly keyPem: string;
    /** Serial number, upper-case hex without leading zeros (as Node's `PeerCertificate.serialNumber`). */
    readonly serial: string;
}
/** Options of {@link issueCert}. */
export interface IssueOptions {
    ca: TestCa;
    cn: string;
    sans?: {
        dns?: string[];
        ip?: string[];
        uri?: string[];
    };
    notBefore?: Date;
    notAfter?: Date;
    /** Extended key usage. @default 'both' (server and client authentication) */
    usage?: 'server' | 'client' | 'both';
}
/** The PKCS#8 PEM of a key pair's private key. */
export declare function keyPem(keys: CryptoKeyPair): Promise<string>;
/** A self-signed CA valid from a day ago for a year (or until `notAfter`). */
export declare function makeCa(name?: string, options?: {
    notAfter?: Date;
}): Promise<TestCa>;
/** A leaf certificate issued by `ca`. */
export declare function issueCert(options: IssueOptions): Promise<IssuedCert>;
/** A fresh temporary directory; remove it with {@link removeDir}. */
export declare function makeTempDir(prefix?: string): Promise<string>;
export declare function removeDir(dir: string): Promise<void>;
/** Writes `<name>.crt` and `<name>.key` (or the CA's `<name>.crt`) in `dir`; returns the paths. */
export declare function writePem(dir: string, name: string, material: IssuedCert | TestCa): Promise<{
    cert: string;
    key: string;
}>;
/** Normalises a serial (Node's PeerCertificate.serialNumber, ours) for comparison. */
export declare function sameSerial(a: string, b: string): boolean;
export {};
