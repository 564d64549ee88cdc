import { type IssuedCert, type TestCa as Authority } from './certs.js';
/** Where a certificate and its key were written. */
interface Files {
    readonly certFile: string;
    readonly keyFile: string;
}
/** A certificate authority, with its key in PEM and both written to files. */
export interface TestCa extends Authority, Files {
    /** PKCS#8 private key, PEM. */
    readonly keyPem: string;
}
/** An issued certificate, written to files. */
export type TestCert = IssuedCert & Files;
/** A temp directory holding the PEM files; remove it with `dispose()` (or `await using`). */
export interface CertDir extends AsyncDisposable {
    readonly path: string;
    makeCa(options?: {
        cn?: string;
        notAfter?: Date;
    }): Promise<TestCa>;
    issueCert(options: IssueOptions): Promise<TestCert>;
    /** Writes any text (e.g. a bad PEM) to a file in the dir and returns its path. */
    write(name: string, text: string): Promise<string>;
    dispose(): Promise<void>;
}
/** What {@link CertDir.issueCert} makes. */
export interface IssueOptions {
    ca: TestCa;
    cn: string;
    sans?: {
        dns?: string[];
        ip?: string[];
        uri?: string[];
    };
    /** @default 30 days from now */
    notAfter?: Date;
    /** @default a day ago */
    notBefore?: Date;
    /** Extended key usages. @default ['server', 'client'] */
    usage?: ('server' | 'client')[];
}
/**
 * Opens a temp directory for certificates.
 *
 * @example
 * await using certs = await certDir();
 * const ca = await certs.makeCa();
 * const server = await certs.issueCert({ ca, cn: 'localhost', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: ['server'] });
 */
export declare function certDir(): Promise<CertDir>;
export {};
