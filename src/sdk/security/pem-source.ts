import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

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
export class TlsConfigError extends Error {
  override readonly name = 'TlsConfigError';
  constructor(
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
  }
}

const describeSource = (source: PemSource): string => (typeof source === 'string' ? source : '(in-memory PEM)');

function read(setting: string, source: PemSource | undefined): Buffer | undefined {
  if (source === undefined) return undefined;
  if (typeof source !== 'string') return source;
  try {
    return readFileSync(source);
  } catch (err) {
    throw new TlsConfigError(setting, `cannot read ${source}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Reads and checks TLS material: certificates parse, the key parses and matches
 * the certificate, and Node accepts the set as a secure context. Throws a
 * {@link TlsConfigError} naming the bad part.
 */
export function loadTlsMaterial(sources: TlsMaterialSources, names: { ca: string; cert: string; key: string } = { ca: 'ca', cert: 'cert', key: 'key' }): TlsMaterial {
  if ((sources.cert === undefined) !== (sources.key === undefined)) {
    throw new TlsConfigError(sources.cert === undefined ? names.cert : names.key, `${names.cert} and ${names.key} go together: set both or neither`);
  }
  const ca = read(names.ca, sources.ca);
  const cert = read(names.cert, sources.cert);
  const key = read(names.key, sources.key);
  if (ca) {
    try {
      new X509Certificate(ca);
    } catch (err) {
      throw new TlsConfigError(names.ca, `${describeSource(sources.ca!)} is not a PEM certificate: ${(err as Error).message}`, { cause: err });
    }
  }
  let serial: string | undefined;
  let validTo: string | undefined;
  if (cert && key) {
    let leaf: X509Certificate;
    try {
      leaf = new X509Certificate(cert);
    } catch (err) {
      throw new TlsConfigError(names.cert, `${describeSource(sources.cert!)} is not a PEM certificate: ${(err as Error).message}`, { cause: err });
    }
    let privateKey;
    try {
      privateKey = createPrivateKey(key);
    } catch (err) {
      throw new TlsConfigError(names.key, `${describeSource(sources.key!)} is not a PEM private key: ${(err as Error).message}`, { cause: err });
    }
    if (!leaf.checkPrivateKey(privateKey)) throw new TlsConfigError(names.key, `the key in ${describeSource(sources.key!)} does not match the certificate in ${describeSource(sources.cert!)}`);
    serial = leaf.serialNumber.toUpperCase();
    validTo = leaf.validTo;
  }
  try {
    createSecureContext({ ca, cert, key });
  } catch (err) {
    throw new TlsConfigError(names.cert, `Node refuses this TLS material: ${(err as Error).message}`, { cause: err });
  }
  return { ca, cert, key, serial, validTo };
}

/** Paths among `sources` (what a watcher must watch). */
export function pathsOf(sources: TlsMaterialSources): string[] {
  return [sources.ca, sources.cert, sources.key].filter((s): s is string => typeof s === 'string');
}
