import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
/** Bad TLS configuration: a file missing, unreadable or not what it should be. Names the setting, never the key. */
export class TlsConfigError extends Error {
    setting;
    name = 'TlsConfigError';
    constructor(setting, message, options) {
        super(`${setting}: ${message}`, options);
        this.setting = setting;
    }
}
const describeSource = (source) => (typeof source === 'string' ? source : '(in-memory PEM)');
function read(setting, source) {
    if (source === undefined)
        return undefined;
    if (typeof source !== 'string')
        return source;
    try {
        return readFileSync(source);
    }
    catch (err) {
        throw new TlsConfigError(setting, `cannot read ${source}: ${err.message}`, { cause: err });
    }
}
/**
 * Reads and checks TLS material: certificates parse, the key parses and matches
 * the certificate, and Node accepts the set as a secure context. Throws a
 * {@link TlsConfigError} naming the bad part.
 */
export function loadTlsMaterial(sources, names = { ca: 'ca', cert: 'cert', key: 'key' }) {
    if ((sources.cert === undefined) !== (sources.key === undefined)) {
        throw new TlsConfigError(sources.cert === undefined ? names.cert : names.key, `${names.cert} and ${names.key} go together: set both or neither`);
    }
    const ca = read(names.ca, sources.ca);
    const cert = read(names.cert, sources.cert);
    const key = read(names.key, sources.key);
    if (ca) {
        try {
            new X509Certificate(ca);
        }
        catch (err) {
            throw new TlsConfigError(names.ca, `${describeSource(sources.ca)} is not a PEM certificate: ${err.message}`, { cause: err });
        }
    }
    let serial;
    let validTo;
    if (cert && key) {
        let leaf;
        try {
            leaf = new X509Certificate(cert);
        }
        catch (err) {
            throw new TlsConfigError(names.cert, `${describeSource(sources.cert)} is not a PEM certificate: ${err.message}`, { cause: err });
        }
        let privateKey;
        try {
            privateKey = createPrivateKey(key);
        }
        catch (err) {
            throw new TlsConfigError(names.key, `${describeSource(sources.key)} is not a PEM private key: ${err.message}`, { cause: err });
        }
        if (!leaf.checkPrivateKey(privateKey))
            throw new TlsConfigError(names.key, `the key in ${describeSource(sources.key)} does not match the certificate in ${describeSource(sources.cert)}`);
        serial = leaf.serialNumber.toUpperCase();
        validTo = leaf.validTo;
    }
    try {
        createSecureContext({ ca, cert, key });
    }
    catch (err) {
        throw new TlsConfigError(names.cert, `Node refuses this TLS material: ${err.message}`, { cause: err });
    }
    return { ca, cert, key, serial, validTo };
}
/** Paths among `sources` (what a watcher must watch). */
export function pathsOf(sources) {
    return [sources.ca, sources.cert, sources.key].filter((s) => typeof s === 'string');
}
//# sourceMappingURL=pem-source.js.map