/** A PEM file path, or PEM content already in memory (a Buffer; never reloaded). */
export type PemSource = string | Buffer;
/** TLS material: any of a CA bundle, a certificate chain and its private key. */
export interface TlsMaterialSources {
    /** CA certificate(s) to verify the peer against. */
    ca?: PemSource | undefined;
    /** This side's certificate (chain), PEM. Needs `key`. */
    cert?: PemSource | undefined;
    /** The private key of `cert`, PEM. */
    key?: PemSource | undefined;
}
/** Loaded, checked material. */
export interface TlsMaterial {
    readonly ca: Buffer | undefined;
    readonly cert: Buffer | undefined;
    readonly key: Buffer | undefined;
    /** Serial number (upper-case hex) of the leaf certificate, for logs. */
    readonly serial: string | undefined;
    /** notAfter of the leaf certificate. */
    readonly validTo: string | undefined;
}
/** Bad TLS configuration: a file missing, unreadable or not what it should be. Names the setting, never the key. */
export declare class TlsConfigError extends Error {
    readonly setting: string;
    readonly name = "TlsConfigError";
    constructor(setting: string, message: string, options?: {
        cause?: unknown;
    });
}
/**
 * Reads and checks TLS material: certificates parse, the key parses and matches
 * the certificate, and Node accepts the set as a secure context. Throws a
 * {@link TlsConfigError} naming the bad part.
 */
export declare function loadTlsMaterial(sources: TlsMaterialSources, names?: {
    ca: string;
    cert: string;
    key: string;
}): TlsMaterial;
/** Paths among `sources` (what a watcher must watch). */
export declare function pathsOf(sources: TlsMaterialSources): string[];
