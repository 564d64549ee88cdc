import { X509Certificate, createPrivateKey } from 'node:crypto';
import { jwtAuthenticator, nkeyAuthenticator, tokenAuthenticator, usernamePasswordAuthenticator } from 'nats';
import { NatsSettingsError } from './errors.js';
import { followFile } from './followed-file.js';
import { checkUserSeed, parseCredsFile, readCertificates, readPrivateKey, readSecretFile } from './nats-files.js';
import { parseNatsUrl } from './nats-url.js';
/** Environment variable of each setting: error messages and docs use these names. */
export const NATS_ENV = {
    url: 'NATS_URL',
    credsFile: 'NATS_CREDS',
    nkeySeedFile: 'NATS_NKEY_SEED_FILE',
    user: 'NATS_USER',
    passwordFile: 'NATS_PASSWORD_FILE',
    password: 'NATS_PASSWORD',
    tokenFile: 'NATS_TOKEN_FILE',
    tlsCa: 'NATS_TLS_CA',
    tlsCert: 'NATS_TLS_CERT',
    tlsKey: 'NATS_TLS_KEY',
};
const BRAND = Symbol.for('troupe.nats-connect-settings');
/**
 * Compiled NATS settings: files read and checked, one authenticator, TLS material loaded.
 * Build it with {@link compileNatsSettings} and pass it to `startOrchestrator`, `startAgent`
 * or `startSidecar`. Secrets live in private fields: logging or serialising this object
 * shows only the redacted view of {@link NatsConnectSettings.toJSON}.
 */
export class NatsConnectSettings {
    [BRAND] = true;
    /** Server addresses without credentials. */
    servers;
    /** `NATS_URL` with credentials replaced by `***`: the form to log. */
    redactedUrl;
    auth;
    /** The setting that supplied the credential (named in errors), e.g. `NATS_PASSWORD_FILE`. */
    authSetting;
    /** The user name, for user/password auth (not a secret). */
    user;
    /** Whether the client requires TLS. */
    tls;
    /** The setting that asked for TLS, e.g. `NATS_TLS_CA`. */
    tlsSetting;
    /** Whether a client certificate is presented (`NATS_TLS_CERT`). */
    clientCertificate;
    /** Whether the credential comes from a file that is re-read (when it changed) on every reconnect. */
    credentialFile;
    #authenticator;
    #tls;
    /** @internal use {@link compileNatsSettings} */
    constructor(fields) {
        this.servers = fields.servers;
        this.redactedUrl = fields.redactedUrl;
        this.auth = fields.auth;
        this.authSetting = fields.authSetting;
        this.user = fields.user;
        this.tls = fields.tls;
        this.tlsSetting = fields.tlsSetting;
        this.clientCertificate = fields.clientCertificate;
        this.credentialFile = fields.credentialFile;
        this.#authenticator = fields.authenticator;
        this.#tls = fields.tlsOptions;
        Object.freeze(this);
    }
    /**
     * nats.js options for `connect()` (servers, authenticator, tls). Holds secrets: never log it.
     * With a credential file, a refused reconnect does not end the connection (nats.js gives up
     * after the same auth error twice by default): it retries, reading the file again, so a
     * credential rotated on the server first and in the file next is picked up.
     */
    connectionOptions() {
        return {
            servers: [...this.servers],
            ...(this.credentialFile ? { ignoreAuthErrorAbort: true } : {}),
            ...(this.#authenticator ? { authenticator: this.#authenticator } : {}),
            ...(this.#tls ? { tls: { ...this.#tls } } : {}),
        };
    }
    /** The redacted view used by `JSON.stringify` and loggers. */
    toJSON() {
        return { url: this.redactedUrl, auth: this.auth, authSetting: this.authSetting, user: this.user, tls: this.tls, clientCertificate: this.clientCertificate, credentialFile: this.credentialFile };
    }
    /** True for compiled settings, even from another copy of this module. */
    static is(value) {
        return typeof value === 'object' && value !== null && value[BRAND] === true;
    }
}
/**
 * Reads the NATS settings from environment variables (see {@link NATS_ENV}). Call it from a
 * process entry only. `url` overrides `NATS_URL` (a `--nats` flag, a config file). Returns
 * undefined when no URL is given; throws when a credential or TLS setting is set without one.
 */
export function natsSettingsFromEnv(env, url = env.NATS_URL) {
    const settings = {};
    for (const [key, name] of Object.entries(NATS_ENV)) {
        const value = env[name];
        if (key !== 'url' && value !== undefined && value !== '')
            settings[key] = value;
    }
    if (url === undefined || url === '') {
        const stray = Object.keys(settings)[0];
        if (stray)
            throw new NatsSettingsError(NATS_ENV[stray], 'is set but no NATS server is; set NATS_URL (or --nats)');
        return undefined;
    }
    return { ...settings, url };
}
/**
 * Checks the settings and reads every file they name, once, at start-up. Throws a
 * {@link NatsSettingsError} naming the setting (never its value) when a file is missing,
 * unreadable or malformed, or when two kinds of credential are given.
 *
 * @example
 * const nats = compileNatsSettings({ url: 'tls://nats:4222', user: 'orch', passwordFile: '/run/secrets/nats-password', tlsCa: '/etc/troupe/ca.pem' });
 * await startOrchestrator({ natsUrl: nats.redactedUrl }, { nats }); // `nats` wins over natsUrl
 */
export function compileNatsSettings(settings) {
    const parsed = parseNatsUrl(settings.url);
    const auth = authenticate(settings, parsed.credential);
    const tls = tlsOptions(settings);
    const tlsSetting = tls ? (settings.tlsCa !== undefined ? NATS_ENV.tlsCa : NATS_ENV.tlsCert) : parsed.tls ? NATS_ENV.url : undefined;
    return new NatsConnectSettings({
        servers: parsed.servers,
        redactedUrl: parsed.redacted.join(','),
        auth: auth.kind,
        authSetting: auth.setting,
        user: auth.user,
        tls: tlsSetting !== undefined,
        tlsSetting,
        clientCertificate: tls?.cert !== undefined,
        credentialFile: auth.file,
        ...(auth.authenticator ? { authenticator: auth.authenticator } : {}),
        ...(tls || parsed.tls ? { tlsOptions: tls ?? {} } : {}),
    });
}
function authenticate(s, fromUrl) {
    const given = [];
    if (fromUrl)
        given.push(`${NATS_ENV.url} (${fromUrl.kind === 'user' ? 'user:password@' : 'token@'})`);
    if (s.credsFile !== undefined)
        given.push(NATS_ENV.credsFile);
    if (s.nkeySeedFile !== undefined)
        given.push(NATS_ENV.nkeySeedFile);
    if (s.user !== undefined || s.passwordFile !== undefined || s.password !== undefined)
        given.push(NATS_ENV.user);
    if (s.tokenFile !== undefined)
        given.push(NATS_ENV.tokenFile);
    if (given.length > 1) {
        throw new NatsSettingsError(given[1].split(' ')[0], `conflicts with ${given[0]}: give one kind of NATS credential (${given.join(', ')})`);
    }
    if (fromUrl?.kind === 'user')
        return { kind: 'user', setting: NATS_ENV.url, user: fromUrl.user, authenticator: usernamePasswordAuthenticator(fromUrl.user, fromUrl.password), file: false };
    if (fromUrl?.kind === 'token')
        return { kind: 'token', setting: NATS_ENV.url, user: undefined, authenticator: tokenAuthenticator(fromUrl.token), file: false };
    // Credential files are read now (a bad one stops start-up) and again on a reconnect after they changed.
    if (s.credsFile !== undefined) {
        const path = s.credsFile;
        const creds = followFile(path, () => parseCredsFile(NATS_ENV.credsFile, path));
        return { kind: 'creds', setting: NATS_ENV.credsFile, user: undefined, authenticator: jwtAuthenticator(() => creds().jwt, () => creds().seed), file: true };
    }
    if (s.nkeySeedFile !== undefined) {
        const path = s.nkeySeedFile;
        const seed = followFile(path, () => checkUserSeed(NATS_ENV.nkeySeedFile, readSecretFile(NATS_ENV.nkeySeedFile, path), path));
        return { kind: 'nkey', setting: NATS_ENV.nkeySeedFile, user: undefined, authenticator: nkeyAuthenticator(seed), file: true };
    }
    if (s.tokenFile !== undefined) {
        const path = s.tokenFile;
        const token = followFile(path, () => readSecretFile(NATS_ENV.tokenFile, path));
        return { kind: 'token', setting: NATS_ENV.tokenFile, user: undefined, authenticator: tokenAuthenticator(token), file: true };
    }
    if (s.user !== undefined || s.passwordFile !== undefined || s.password !== undefined)
        return userPassword(s);
    return { kind: 'none', setting: undefined, user: undefined, authenticator: undefined, file: false };
}
function userPassword(s) {
    if (s.passwordFile !== undefined && s.password !== undefined) {
        throw new NatsSettingsError(NATS_ENV.password, `conflicts with ${NATS_ENV.passwordFile}: set only one (prefer the file)`);
    }
    const setting = s.passwordFile !== undefined ? NATS_ENV.passwordFile : NATS_ENV.password;
    if (s.user === undefined || s.user.trim() === '')
        throw new NatsSettingsError(NATS_ENV.user, `is required with ${setting}`);
    if (s.passwordFile === undefined && s.password === undefined)
        throw new NatsSettingsError(NATS_ENV.passwordFile, `is required with ${NATS_ENV.user}`);
    const path = s.passwordFile;
    if (path === undefined)
        return { kind: 'user', setting, user: s.user, authenticator: usernamePasswordAuthenticator(s.user, s.password), file: false };
    const password = followFile(path, () => readSecretFile(setting, path));
    return { kind: 'user', setting, user: s.user, authenticator: usernamePasswordAuthenticator(s.user, password), file: true };
}
function tlsOptions(s) {
    if (s.tlsCert !== undefined && s.tlsKey === undefined)
        throw new NatsSettingsError(NATS_ENV.tlsKey, `is required with ${NATS_ENV.tlsCert}`);
    if (s.tlsKey !== undefined && s.tlsCert === undefined)
        throw new NatsSettingsError(NATS_ENV.tlsCert, `is required with ${NATS_ENV.tlsKey}`);
    if (s.tlsCa === undefined && s.tlsCert === undefined)
        return undefined;
    const options = {};
    if (s.tlsCa !== undefined)
        options.ca = readCertificates(NATS_ENV.tlsCa, s.tlsCa);
    if (s.tlsCert !== undefined && s.tlsKey !== undefined) {
        const cert = readCertificates(NATS_ENV.tlsCert, s.tlsCert);
        const key = readPrivateKey(NATS_ENV.tlsKey, s.tlsKey);
        if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key))) {
            throw new NatsSettingsError(NATS_ENV.tlsKey, `${s.tlsKey} is not the private key of the certificate in ${s.tlsCert}`);
        }
        options.cert = cert;
        options.key = key;
    }
    return options;
}
//# sourceMappingURL=credentials.js.map