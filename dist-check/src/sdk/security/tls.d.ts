import * as grpc from '@grpc/grpc-js';
import type { PeerCertificate } from 'node:tls';
import type { Logger } from 'pino';
import type { PemSource } from './pem-source.js';
import { ReloadingCertificateProvider } from './reloading-provider.js';
export { loadTlsMaterial, TlsConfigError, type PemSource, type TlsMaterial, type TlsMaterialSources } from './pem-source.js';
export { ReloadingCertificateProvider, type ReloadingProviderOptions } from './reloading-provider.js';
/** Checks the server's certificate instead of the host-name check; returns an Error to refuse it. */
export type CheckServerIdentity = (hostname: string, cert: PeerCertificate) => Error | undefined;
/** TLS of a gRPC server. */
export interface ServerTlsOptions {
    /** The server's certificate (chain), PEM path or content. */
    cert: PemSource;
    /** Its private key. */
    key: PemSource;
    /**
     * CA that clients' certificates must chain to. When set, every client must present
     * such a certificate (mutual TLS). @default none (clients are not asked for one)
     */
    clientCa?: PemSource | undefined;
}
/** TLS of a gRPC client. Every field optional; `{}` is TLS against the system's root CAs. */
export interface ClientTlsOptions {
    /** CA the server's certificate must chain to. @default Node's bundled root CAs */
    ca?: PemSource | undefined;
    /** Client certificate presented to the server (mutual TLS). Needs `key`. */
    cert?: PemSource | undefined;
    /** Private key of `cert`. */
    key?: PemSource | undefined;
    /**
     * Name the server's certificate must carry, when it differs from the host dialled
     * (e.g. dialling 127.0.0.1 through a tunnel). Also sent as SNI. @default the host
     */
    serverName?: string | undefined;
}
/** Services of the TLS builders. */
export interface TlsServices {
    /** Logs reload errors and rotations. */
    logger?: Logger | undefined;
    /** Setting names for error messages. */
    names?: {
        ca: string;
        cert: string;
        key: string;
    };
    /** Stat-poll period of the file watcher. @default 2000 */
    pollMs?: number;
}
/** Server credentials that follow their files; `close()` stops watching. */
export interface ServerTls {
    readonly credentials: grpc.ServerCredentials;
    readonly provider: ReloadingCertificateProvider;
    /** True when clients must present a certificate. */
    readonly mutual: boolean;
    close(): void;
}
/** Client credentials that follow their files, and the channel options they need. */
export interface ClientTls {
    readonly credentials: grpc.ChannelCredentials;
    readonly channelOptions: grpc.ChannelOptions;
    readonly provider: ReloadingCertificateProvider;
    close(): void;
}
/**
 * grpc-js server credentials from PEM files, reloaded when the files change: new
 * connections get the new certificate, open ones keep theirs. With `clientCa` the
 * server requires and verifies client certificates (mutual TLS).
 *
 * @example
 * ```ts
 * const tls = createServerTls({ cert: '/etc/troupe/tls.crt', key: '/etc/troupe/tls.key' }, { logger });
 * server.bindAsync('0.0.0.0:7600', tls.credentials, cb);
 * ```
 */
export declare function createServerTls(options: ServerTlsOptions, services?: TlsServices): ServerTls;
/**
 * grpc-js channel credentials from PEM files (CA, and a client certificate for mutual
 * TLS), reloaded when the files change; the next connection uses the new files.
 * `checkServerIdentity` replaces the host-name check (e.g. to check an agent's name).
 */
export declare function createClientTls(options: ClientTlsOptions, services?: TlsServices & {
    checkServerIdentity?: CheckServerIdentity;
}): ClientTls;
/** Client credentials over an existing provider (several credentials may share one set of files). */
export declare function clientTlsFrom(provider: ReloadingCertificateProvider, options?: {
    serverName?: string | undefined;
    checkServerIdentity?: CheckServerIdentity | undefined;
}): ClientTls;
