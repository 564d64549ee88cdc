import { EventEmitter } from 'node:events';
import { statSync, watch } from 'node:fs';
import { dirname } from 'node:path';
import { rootCertificates } from 'node:tls';
import { loadTlsMaterial, pathsOf } from './pem-source.js';
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
export class ReloadingCertificateProvider extends EventEmitter {
    #material;
    #sources;
    #options;
    #caListeners = new Set();
    #identityListeners = new Set();
    #watchers = [];
    #poll;
    #debounce;
    #stamps;
    #closed = false;
    constructor(sources, options = {}) {
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
                }
                catch {
                    // The stat poll below still catches changes.
                }
            }
            this.#poll = setInterval(() => {
                if (this.#stat() !== this.#stamps)
                    this.#changed();
            }, options.pollMs ?? 2000);
            this.#poll.unref();
        }
    }
    /** The material in use now. */
    get material() {
        return this.#material;
    }
    /** Whether a certificate and key are configured. */
    get hasIdentity() {
        return this.#material.cert !== undefined;
    }
    /** Re-reads the files now; returns true when new material was taken. */
    reload() {
        if (this.#closed)
            return false;
        this.#stamps = this.#stat();
        let next;
        try {
            next = loadTlsMaterial(this.#sources, this.#options.names);
        }
        catch (err) {
            this.#options.logger?.error({ err }, 'TLS files changed but cannot be used; keeping the previous certificate');
            this.emit('reloadFailed', err);
            return false;
        }
        const same = equal(next.ca, this.#material.ca) && equal(next.cert, this.#material.cert) && equal(next.key, this.#material.key);
        if (same)
            return false;
        this.#material = next;
        this.#options.logger?.info({ serial: next.serial, valid_to: next.validTo }, 'TLS certificate reloaded');
        for (const listener of this.#caListeners)
            listener(this.#caUpdate());
        for (const listener of this.#identityListeners)
            listener(this.#identityUpdate());
        this.emit('reload', next);
        return true;
    }
    addCaCertificateListener(listener) {
        this.#caListeners.add(listener);
        process.nextTick(() => this.#caListeners.has(listener) && listener(this.#caUpdate()));
    }
    removeCaCertificateListener(listener) {
        this.#caListeners.delete(listener);
    }
    addIdentityCertificateListener(listener) {
        this.#identityListeners.add(listener);
        process.nextTick(() => this.#identityListeners.has(listener) && listener(this.#identityUpdate()));
    }
    removeIdentityCertificateListener(listener) {
        this.#identityListeners.delete(listener);
    }
    /** Stops watching. Credentials built on it keep the last material. */
    close() {
        this.#closed = true;
        for (const w of this.#watchers)
            w.close();
        clearInterval(this.#poll);
        clearTimeout(this.#debounce);
    }
    #caUpdate() {
        const ca = this.#material.ca ?? (this.#options.systemRootsWhenNoCa ? Buffer.from(rootCertificates.join('\n')) : undefined);
        return ca ? { caCertificate: ca } : null;
    }
    #identityUpdate() {
        const { cert, key } = this.#material;
        return cert && key ? { certificate: cert, privateKey: key } : null;
    }
    #changed() {
        if (this.#closed)
            return;
        clearTimeout(this.#debounce);
        this.#debounce = setTimeout(() => this.reload(), this.#options.debounceMs ?? 100);
        this.#debounce.unref();
    }
    /** mtime, size and inode of every file (following symlinks), as one comparable string. */
    #stat() {
        return pathsOf(this.#sources)
            .map((p) => {
            try {
                const s = statSync(p);
                return `${s.ino}:${s.size}:${s.mtimeMs}`;
            }
            catch {
                return 'missing';
            }
        })
            .join('|');
    }
}
function equal(a, b) {
    return a === b || (a !== undefined && b !== undefined && a.equals(b));
}
//# sourceMappingURL=reloading-provider.js.map