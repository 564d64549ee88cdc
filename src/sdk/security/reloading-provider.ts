import { EventEmitter } from 'node:events';
import { statSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import { rootCertificates } from 'node:tls';
import type { experimental } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { loadTlsMaterial, pathsOf, type TlsMaterial, type TlsMaterialSources } from './pem-source.js';

type CaListener = experimental.CaCertificateUpdateListener;
type IdentityListener = experimental.IdentityCertificateUpdateListener;

/** Options of {@link ReloadingCertificateProvider}. */
export interface ReloadingProviderOptions {
  /** Where errors of a reload and successful rotations are logged. @default silent */
  logger?: Logger | undefined;
  /** Names of the settings, for error messages (e.g. `TROUPE_TLS_CERT`). @default ca / cert / key */
  names?: { ca: string; cert: string; key: string };
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
export class ReloadingCertificateProvider extends EventEmitter<{ reload: [TlsMaterial]; reloadFailed: [Error] }> implements experimental.CertificateProvider {
  #material: TlsMaterial;
  readonly #sources: TlsMaterialSources;
  readonly #options: ReloadingProviderOptions;
  readonly #caListeners = new Set<CaListener>();
  readonly #identityListeners = new Set<IdentityListener>();
  readonly #watchers: FSWatcher[] = [];
  #poll: NodeJS.Timeout | undefined;
  #debounce: NodeJS.Timeout | undefined;
  #stamps: string;
  #closed = false;

  constructor(sources: TlsMaterialSources, options: ReloadingProviderOptions = {}) {
    super();
    this.#sources = sources;
    this.#options = options;
    this.#material = loadTlsMaterial(sources, options.names);
    this.#stamps = this.#stat();
    const paths = pathsOf(sources);
    if (paths.length > 0) {
      for (const dir of new Set(paths.map((p) => dirname(p)))) {
        try {
          // Watch the directory: Kubernetes secrets and cert-manager swap a symlink, which a file watch misses.
          const watcher = watch(dir, { persistent: false }, () => this.#changed());
          watcher.on('error', () => undefined);
          this.#watchers.push(watcher);
        } catch {
          // The stat poll below still catches changes.
        }
      }
      this.#poll = setInterval(() => {
        if (this.#stat() !== this.#stamps) this.#changed();
      }, options.pollMs ?? 2000);
      this.#poll.unref();
    }
  }

  /** The material in use now. */
  get material(): TlsMaterial {
    return this.#material;
  }

  /** Whether a certificate and key are configured. */
  get hasIdentity(): boolean {
    return this.#material.cert !== undefined;
  }

  /** Re-reads the files now; returns true when new material was taken. */
  reload(): boolean {
    if (this.#closed) return false;
    this.#stamps = this.#stat();
    let next: TlsMaterial;
    try {
      next = loadTlsMaterial(this.#sources, this.#options.names);
    } catch (err) {
      this.#options.logger?.error({ err }, 'TLS files changed but cannot be used; keeping the previous certificate');
      this.emit('reloadFailed', err as Error);
      return false;
    }
    const same = equal(next.ca, this.#material.ca) && equal(next.cert, this.#material.cert) && equal(next.key, this.#material.key);
    if (same) return false;
    this.#material = next;
    this.#options.logger?.info({ serial: next.serial, valid_to: next.validTo }, 'TLS certificate reloaded');
    for (const listener of this.#caListeners) listener(this.#caUpdate());
    for (const listener of this.#identityListeners) listener(this.#identityUpdate());
    this.emit('reload', next);
    return true;
  }

  addCaCertificateListener(listener: CaListener): void {
    this.#caListeners.add(listener);
    process.nextTick(() => this.#caListeners.has(listener) && listener(this.#caUpdate()));
  }

  removeCaCertificateListener(listener: CaListener): void {
    this.#caListeners.delete(listener);
  }

  addIdentityCertificateListener(listener: IdentityListener): void {
    this.#identityListeners.add(listener);
    process.nextTick(() => this.#identityListeners.has(listener) && listener(this.#identityUpdate()));
  }

  removeIdentityCertificateListener(listener: IdentityListener): void {
    this.#identityListeners.delete(listener);
  }

  /** Stops watching. Credentials built on it keep the last material. */
  close(): void {
    this.#closed = true;
    for (const w of this.#watchers) w.close();
    clearInterval(this.#poll);
    clearTimeout(this.#debounce);
  }

  #caUpdate(): experimental.CaCertificateUpdate | null {
    const ca = this.#material.ca ?? (this.#options.systemRootsWhenNoCa ? Buffer.from(rootCertificates.join('\n')) : undefined);
    return ca ? { caCertificate: ca } : null;
  }

  #identityUpdate(): experimental.IdentityCertificateUpdate | null {
    const { cert, key } = this.#material;
    return cert && key ? { certificate: cert, privateKey: key } : null;
  }

  #changed(): void {
    if (this.#closed) return;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.reload(), this.#options.debounceMs ?? 100);
    this.#debounce.unref();
  }

  /** mtime, size and inode of every file (following symlinks), as one comparable string. */
  #stat(): string {
    return pathsOf(this.#sources)
      .map((p) => {
        try {
          const s = statSync(p);
          return `${s.ino}:${s.size}:${s.mtimeMs}`;
        } catch {
          return 'missing';
        }
      })
      .join('|');
  }
}

function equal(a: Buffer | undefined, b: Buffer | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.equals(b));
}
