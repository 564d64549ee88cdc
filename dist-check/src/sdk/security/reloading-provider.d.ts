import { EventEmitter } from 'node:events';
import type { experimental } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { type TlsMaterial, type TlsMaterialSources } from './pem-source.js';
type CaListener = experimental.CaCertificateUpdateListener;
type IdentityListener = experimental.IdentityCertificateUpdateListener;
/** Options of {@link ReloadingCertificateProvider}. */
export interface ReloadingProviderOptions {
    /** Where errors of a reload and successful rotations are logged. @default silent */
    logger?: Logger | undefined;
    /** Names of the settings, for error messages (e.g. `TROUPE_TLS_CERT`). @default ca / cert / key */
    names?: {
        ca: string;
        cert: string;
        key: string;
    };
    /** Period of the stat fallback that catches changes fs.watch misses (network file systems, some editors). @default 2000 */
    pollMs?: number;
    /** Quiet period after a change before files are read, so a cert and key written one after the other load together. @default 100 */
    debounceMs?: number;
    /** Without `ca`, offer Node's bundled root CAs as the CA (clients); servers leave it off. @default false */
    systemRootsWhenNoCa?: boolean;
}
/**
 * TLS material from PEM files that follows the files when they change (cert-manager,
 * Vault agent, `mv` of a renewed pair): it watches the files' directories with
 * `fs.watch` plus a periodic stat, debounces, re-reads and checks the whole set, and
 * hands it to grpc-js through its `CertificateProvider` interface, so servers call
 * `setSecureContext` and clients use the new set for the next connection; connections
 * and calls already open are untouched. A broken or half-written set is logged and
 * ignored: the previous material stays in use.
 *
 * The first load is synchronous and throws a `TlsConfigError` so bad configuration
 * stops start-up. Call `close()` when done (its timers are unref'd anyway).
 *
 * We do not use grpc-js' `FileWatcherCertificateProvider`: on a failed read it
 * withdraws the material (a server then drops every new connection) and it never
 * checks that the files parse or that the key matches.
 */
export declare class ReloadingCertificateProvider extends EventEmitter<{
    reload: [TlsMaterial];
    reloadFailed: [Error];
}> implements experimental.CertificateProvider {
    #private;
    constructor(sources: TlsMaterialSources, options?: ReloadingProviderOptions);
    /** The material in use now. */
    get material(): TlsMaterial;
    /** Whether a certificate and key are configured. */
    get hasIdentity(): boolean;
    /** Re-reads the files now; returns true when new material was taken. */
    reload(): boolean;
    addCaCertificateListener(listener: CaListener): void;
    removeCaCertificateListener(listener: CaListener): void;
    addIdentityCertificateListener(listener: IdentityListener): void;
    removeIdentityCertificateListener(listener: IdentityListener): void;
    /** Stops watching. Credentials built on it keep the last material. */
    close(): void;
}
export {};
