import { NatsSettingsError } from './errors.js';
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/**
 * Replaces the userinfo of every URL in a comma-separated list with `***`:
 * `nats://user:pass@host:4222` → `nats://***@host:4222`. Safe for logs, errors and spans;
 * text that is not a URL is returned unchanged.
 *
 * @example
 * redactNatsUrl('nats://orch:s3cret@nats:4222,nats://orch:s3cret@nats-2:4222') // 'nats://***@nats:4222,nats://***@nats-2:4222'
 */
export function redactNatsUrl(url) {
    return url.split(',').map(redactOne).join(',');
}
/** Everything between `://` (or the start) and the last `@` is userinfo: a password may hold '@' or '/'. */
function redactOne(part) {
    const at = part.lastIndexOf('@');
    if (at < 0)
        return part;
    const start = part.indexOf('://');
    const head = start >= 0 && start < at ? part.slice(0, start + 3) : '';
    return `${head}***${part.slice(at)}`;
}
/**
 * Parses `NATS_URL` (comma-separated): `nats://user:pass@host:4222`, `nats://token@host`,
 * `tls://host:4222` or a bare `host:port`. Throws a {@link NatsSettingsError} naming
 * `NATS_URL` (with the URL redacted) when a part cannot be parsed.
 */
export function parseNatsUrl(text) {
    const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
    if (parts.length === 0)
        throw new NatsSettingsError('NATS_URL', 'no server given; set e.g. nats://127.0.0.1:4222');
    const servers = [];
    let tls = false;
    let credential;
    let credentialKey;
    for (const part of parts) {
        const scheme = SCHEME.exec(part)?.[1]?.toLowerCase();
        if (scheme === undefined) {
            if (part.includes('@'))
                throw new NatsSettingsError('NATS_URL', `put credentials in a URL with a scheme, e.g. nats://***@host:4222 (got '${redactNatsUrl(part)}')`);
            servers.push(part);
            continue;
        }
        if (scheme !== 'nats' && scheme !== 'tls')
            throw new NatsSettingsError('NATS_URL', `scheme '${scheme}://' is not supported; use nats:// or tls:// (${redactNatsUrl(part)})`);
        let url;
        try {
            url = new URL(part);
        }
        catch {
            throw new NatsSettingsError('NATS_URL', `'${redactNatsUrl(part)}' is not a valid URL`);
        }
        if (!url.hostname)
            throw new NatsSettingsError('NATS_URL', `'${redactNatsUrl(part)}' names no host`);
        if (scheme === 'tls')
            tls = true;
        servers.push(`${scheme}://${url.host}`);
        const found = fromUserinfo(url, part);
        const key = found === undefined ? '' : JSON.stringify(found);
        if (credentialKey !== undefined && key !== credentialKey) {
            throw new NatsSettingsError('NATS_URL', 'the URLs carry different credentials; give one credential for all servers');
        }
        credentialKey = key;
        credential = found;
    }
    return { servers, redacted: parts.map(redactNatsUrl), credential, tls };
}
function fromUserinfo(url, part) {
    if (url.username === '' && url.password === '')
        return undefined;
    let user;
    let password;
    try {
        user = decodeURIComponent(url.username);
        password = decodeURIComponent(url.password);
    }
    catch {
        throw new NatsSettingsError('NATS_URL', `the credentials in '${redactNatsUrl(part)}' are not valid percent-encoding`);
    }
    // `nats://token@host` carries a token; `nats://user:pass@host` a user and password.
    const authority = part.slice(part.indexOf('://') + 3);
    if (!authority.slice(0, authority.lastIndexOf('@')).includes(':'))
        return { kind: 'token', token: user };
    if (user === '')
        throw new NatsSettingsError('NATS_URL', `'${redactNatsUrl(part)}' has a password but no user`);
    return { kind: 'user', user, password };
}
//# sourceMappingURL=nats-url.js.map