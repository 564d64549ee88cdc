import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { nkeys as untypedNkeys } from 'nats';
import { NatsSettingsError } from './errors.js';
/** The part of nats.js's `nkeys` (typed `any` there) used here. */
const nkeys = untypedNkeys;
/**
 * Reading and checking the files behind NATS settings, once at start-up. Messages name
 * the setting and the path, never the content.
 * @internal
 */
/** Reads a secret or certificate file; a missing, unreadable or empty file throws naming `setting`. */
export function readSettingFile(setting, path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read it');
        throw new NatsSettingsError(setting, `cannot read ${path} (${why})`);
    }
    if (text.trim() === '')
        throw new NatsSettingsError(setting, `${path} is empty`);
    return text;
}
/** A one-line secret (password, token): the file's content without surrounding whitespace. */
export function readSecretFile(setting, path) {
    const secret = readSettingFile(setting, path).trim();
    if (/[\r\n]/.test(secret))
        throw new NatsSettingsError(setting, `${path} must hold the secret on one line`);
    return secret;
}
/** Checks a user NKey seed (`SU…`); the message never includes it. */
export function checkUserSeed(setting, seed, where) {
    const bytes = new TextEncoder().encode(seed);
    let publicKey;
    try {
        publicKey = nkeys.fromSeed(bytes).getPublicKey();
    }
    catch {
        throw new NatsSettingsError(setting, `${where} does not hold a valid NKey seed`);
    }
    if (!publicKey.startsWith('U'))
        throw new NatsSettingsError(setting, `${where} holds an NKey seed that is not a user seed (it should start with SU)`);
    return bytes;
}
/** The user JWT and seed of a `.creds` file (the format `nsc` writes). */
export function parseCredsFile(setting, path) {
    const text = readSettingFile(setting, path);
    const blocks = [...text.matchAll(/-{3,}[^\n]*-{3,}\r?\n([\s\S]+?)\r?\n\s*-{3,}[^\n]*-{3,}/g)].map((m) => m[1].trim());
    const [jwt, seed] = blocks;
    if (jwt === undefined || seed === undefined) {
        throw new NatsSettingsError(setting, `${path} is not a NATS .creds file (expected a USER JWT block and a USER NKEY SEED block)`);
    }
    const payload = jwt.split('.')[1];
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    }
    catch {
        throw new NatsSettingsError(setting, `${path} holds a malformed user JWT`);
    }
    const expiresAt = typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined;
    if (expiresAt && expiresAt.getTime() <= Date.now())
        throw new NatsSettingsError(setting, `the user JWT in ${path} expired at ${expiresAt.toISOString()}`);
    return { jwt, seed: checkUserSeed(setting, seed, path), expiresAt };
}
/** A PEM file of one or more certificates (a CA bundle or a client certificate chain). */
export function readCertificates(setting, path) {
    const pem = readSettingFile(setting, path);
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0)
        throw new NatsSettingsError(setting, `${path} holds no PEM certificate`);
    for (const block of blocks) {
        let cert;
        try {
            cert = new X509Certificate(block);
        }
        catch {
            throw new NatsSettingsError(setting, `${path} holds a malformed certificate`);
        }
        if (new Date(cert.validTo).getTime() <= Date.now())
            throw new NatsSettingsError(setting, `the certificate ${cert.subject.replace(/\n/g, ', ')} in ${path} expired on ${cert.validTo}`);
    }
    return pem;
}
/** A PEM private key; the message never includes it. */
export function readPrivateKey(setting, path) {
    const pem = readSettingFile(setting, path);
    try {
        createPrivateKey(pem);
    }
    catch {
        throw new NatsSettingsError(setting, `${path} does not hold a PEM private key (an encrypted key is not supported)`);
    }
    return pem;
}
//# sourceMappingURL=nats-files.js.map