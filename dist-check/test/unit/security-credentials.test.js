// compileNatsSettings: every setting maps to nats.js options; every bad file or combination
// fails naming the setting and never the secret. Files only, no network.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/sdk/telemetry/index.js';
import { compileNatsSettings, NatsSettingsError, natsSettingsFromEnv, redactNatsUrl } from '../../src/sdk/security/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { createUserNkey } from '../helpers/nats-security.js';
const SECRET = 'unit-Pa55-w0rd-feed';
const seed = createUserNkey().seed;
let files;
let client;
let stranger;
let caFile;
const f = {};
beforeAll(async () => {
    files = await certDir();
    const ca = await files.makeCa();
    caFile = ca.certFile;
    client = await files.issueCert({ ca, cn: 'client', usage: ['client'] });
    stranger = await files.issueCert({ ca, cn: 'stranger', usage: ['client'] });
    f.password = await files.write('password', `${SECRET}\n`);
    f.empty = await files.write('empty', '\n');
    f.twoLines = await files.write('two-lines', `${SECRET}\nsecond\n`);
    f.seed = await files.write('seed.nk', seed);
    f.badSeed = await files.write('bad.nk', 'SUNOTASEED');
    f.notPem = await files.write('not.pem', 'hello');
    f.creds = await files.write('user.creds', creds(jwt({ sub: 'U', exp: Math.floor(Date.now() / 1000) + 3600 }), seed));
    f.expiredCreds = await files.write('expired.creds', creds(jwt({ sub: 'U', exp: 1_000_000 }), seed));
    f.garbageCreds = await files.write('garbage.creds', 'not a creds file');
});
afterAll(() => files.dispose());
function jwt(claims) {
    const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ typ: 'JWT', alg: 'ed25519-nkey' })}.${part(claims)}.c2ln`;
}
function creds(token, nkeySeed) {
    return `-----BEGIN NATS USER JWT-----\n${token}\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\n\n-----BEGIN USER NKEY SEED-----\n${nkeySeed}\n------END USER NKEY SEED------\n`;
}
/** What the one authenticator of `settings` sends in CONNECT. */
function authOf(settings, nonce) {
    const authenticator = settings.connectionOptions().authenticator;
    if (typeof authenticator !== 'function')
        throw new Error('expected one authenticator');
    return authenticator(nonce);
}
function settingsError(settings) {
    try {
        compileNatsSettings(settings);
    }
    catch (err) {
        expect(NatsSettingsError.is(err)).toBe(true);
        for (const secret of [SECRET, seed])
            expect(err.message).not.toContain(secret);
        return err;
    }
    throw new Error('expected a NatsSettingsError');
}
describe('NATS_URL', () => {
    it('takes user:pass@ and token@ out of the server list', () => {
        const user = compileNatsSettings({ url: `nats://orch:${encodeURIComponent('p@ss:w/rd')}@nats-1:4222,nats://orch:${encodeURIComponent('p@ss:w/rd')}@nats-2:4222` });
        expect(user).toMatchObject({ servers: ['nats://nats-1:4222', 'nats://nats-2:4222'], auth: 'user', user: 'orch', authSetting: 'NATS_URL', tls: false });
        expect(user.redactedUrl).toBe('nats://***@nats-1:4222,nats://***@nats-2:4222');
        expect(authOf(user)).toEqual({ user: 'orch', pass: 'p@ss:w/rd' });
        const token = compileNatsSettings({ url: 'nats://s3cr3t-token@127.0.0.1:4222' });
        expect(token).toMatchObject({ servers: ['nats://127.0.0.1:4222'], auth: 'token' });
        expect(authOf(token)).toEqual({ auth_token: 's3cr3t-token' });
    });
    it('turns TLS on for tls:// and keeps bare host:port lists', () => {
        expect(compileNatsSettings({ url: 'tls://nats:4222' })).toMatchObject({ tls: true, tlsSetting: 'NATS_URL' });
        expect(compileNatsSettings({ url: 'tls://nats:4222' }).connectionOptions().tls).toEqual({});
        const bare = compileNatsSettings({ url: '127.0.0.1:4222, localhost:4223' });
        expect(bare).toMatchObject({ servers: ['127.0.0.1:4222', 'localhost:4223'], auth: 'none', tls: false });
        expect(bare.connectionOptions()).toEqual({ servers: ['127.0.0.1:4222', 'localhost:4223'] });
    });
    it('refuses different credentials per server, other schemes and credentials without a scheme', () => {
        expect(settingsError({ url: 'nats://a:1@h1,nats://b:2@h2' }).message).toBe('NATS_URL: the URLs carry different credentials; give one credential for all servers');
        expect(settingsError({ url: 'ws://h:80' }).setting).toBe('NATS_URL');
        expect(settingsError({ url: `orch:${SECRET}@h:4222` }).message).toContain('***@h:4222');
    });
    it('redacts every userinfo, even one holding @ or /', () => {
        expect(redactNatsUrl('nats://u:p@ss/x@h:4222,h2:4222,tls://tok@h3')).toBe('nats://***@h:4222,h2:4222,tls://***@h3');
    });
});
describe('credential files', () => {
    it('maps each kind to one authenticator', () => {
        expect(authOf(compileNatsSettings({ url: 'h', user: 'orch', passwordFile: f.password }))).toEqual({ user: 'orch', pass: SECRET });
        expect(authOf(compileNatsSettings({ url: 'h', tokenFile: f.password }))).toEqual({ auth_token: SECRET });
        const nkey = compileNatsSettings({ url: 'h', nkeySeedFile: f.seed });
        expect(nkey).toMatchObject({ auth: 'nkey', authSetting: 'NATS_NKEY_SEED_FILE' });
        expect(authOf(nkey, 'nonce')).toMatchObject({ nkey: expect.stringMatching(/^U/), sig: expect.any(String) });
        const jwtCreds = compileNatsSettings({ url: 'h', credsFile: f.creds });
        expect(jwtCreds).toMatchObject({ auth: 'creds', authSetting: 'NATS_CREDS' });
        expect(authOf(jwtCreds, 'nonce')).toMatchObject({ jwt: expect.stringMatching(/^ey/), nkey: expect.stringMatching(/^U/) });
    });
    it('names the setting for a missing, empty, multi-line or malformed file', () => {
        expect(settingsError({ url: 'h', user: 'orch', passwordFile: '/nope/password' }).message).toBe('NATS_PASSWORD_FILE: cannot read /nope/password (no such file)');
        expect(settingsError({ url: 'h', tokenFile: f.empty }).message).toBe(`NATS_TOKEN_FILE: ${f.empty} is empty`);
        expect(settingsError({ url: 'h', tokenFile: f.twoLines }).message).toBe(`NATS_TOKEN_FILE: ${f.twoLines} must hold the secret on one line`);
        expect(settingsError({ url: 'h', nkeySeedFile: f.badSeed }).message).toBe(`NATS_NKEY_SEED_FILE: ${f.badSeed} does not hold a valid NKey seed`);
        expect(settingsError({ url: 'h', credsFile: f.garbageCreds }).setting).toBe('NATS_CREDS');
        expect(settingsError({ url: 'h', credsFile: f.expiredCreds }).message).toBe(`NATS_CREDS: the user JWT in ${f.expiredCreds} expired at 1970-01-12T13:46:40.000Z`);
    });
    it('refuses two kinds of credential and incomplete pairs', () => {
        expect(settingsError({ url: `nats://orch:${SECRET}@h`, tokenFile: f.password }).message).toBe('NATS_TOKEN_FILE: conflicts with NATS_URL (user:password@): give one kind of NATS credential (NATS_URL (user:password@), NATS_TOKEN_FILE)');
        expect(settingsError({ url: 'h', credsFile: f.creds, nkeySeedFile: f.seed }).setting).toBe('NATS_NKEY_SEED_FILE');
        expect(settingsError({ url: 'h', user: 'orch', password: SECRET, passwordFile: f.password }).setting).toBe('NATS_PASSWORD');
        expect(settingsError({ url: 'h', passwordFile: f.password }).message).toBe('NATS_USER: is required with NATS_PASSWORD_FILE');
        expect(settingsError({ url: 'h', user: 'orch' }).message).toBe('NATS_PASSWORD_FILE: is required with NATS_USER');
    });
});
describe('TLS files', () => {
    it('loads a CA and a matching client certificate and key', () => {
        const settings = compileNatsSettings({ url: 'h', tlsCa: caFile, tlsCert: client.certFile, tlsKey: client.keyFile });
        expect(settings).toMatchObject({ tls: true, tlsSetting: 'NATS_TLS_CA', clientCertificate: true });
        expect(settings.connectionOptions().tls).toEqual({ ca: expect.stringContaining('BEGIN CERTIFICATE'), cert: client.certPem, key: client.keyPem });
    });
    it('names the setting for a bad PEM, a half pair or a key of another certificate', () => {
        expect(settingsError({ url: 'h', tlsCa: f.notPem }).message).toBe(`NATS_TLS_CA: ${f.notPem} holds no PEM certificate`);
        expect(settingsError({ url: 'h', tlsCert: client.certFile }).message).toBe('NATS_TLS_KEY: is required with NATS_TLS_CERT');
        expect(settingsError({ url: 'h', tlsCert: client.certFile, tlsKey: f.notPem }).setting).toBe('NATS_TLS_KEY');
        expect(settingsError({ url: 'h', tlsCert: client.certFile, tlsKey: stranger.keyFile }).message).toBe(`NATS_TLS_KEY: ${stranger.keyFile} is not the private key of the certificate in ${client.certFile}`);
    });
});
describe('natsSettingsFromEnv', () => {
    it('reads the NATS_* names; a flag URL wins; a credential without a URL is refused', () => {
        expect(natsSettingsFromEnv({ NATS_URL: 'nats://a', NATS_TOKEN_FILE: '/t', NATS_TLS_CA: '/ca', OTHER: 'x' })).toEqual({ url: 'nats://a', tokenFile: '/t', tlsCa: '/ca' });
        expect(natsSettingsFromEnv({ NATS_URL: 'nats://a' }, 'nats://flag')).toEqual({ url: 'nats://flag' });
        expect(natsSettingsFromEnv({})).toBeUndefined();
        expect(() => natsSettingsFromEnv({ NATS_CREDS: '/c' })).toThrow('NATS_CREDS: is set but no NATS server is; set NATS_URL (or --nats)');
    });
});
describe('secrets stay out of logs', () => {
    it('compiled settings show only their redacted view when logged, stringified or inspected', () => {
        const settings = compileNatsSettings({ url: `nats://orch:${SECRET}@h:4222` });
        const lines = [];
        createLogger({ name: 't', destination: { write: (line) => void lines.push(line) } }).info({ nats: settings }, 'connecting');
        for (const text of [lines.join(''), JSON.stringify(settings), inspect(settings, { depth: 5 })])
            expect(text).not.toContain(SECRET);
        expect(JSON.parse(lines[0])).toMatchObject({ nats: { url: 'nats://***@h:4222', auth: 'user', user: 'orch' } });
    });
    it('createLogger redacts fields named like secrets, at the top level and one level down', () => {
        const lines = [];
        const log = createLogger({ name: 't', destination: { write: (line) => void lines.push(line) } });
        log.info({ password: SECRET, token: SECRET, nats: { seed: SECRET, creds: SECRET, pass: SECRET }, headers: { authorization: `Bearer ${SECRET}` }, key: SECRET, user: 'orch' }, 'fields');
        expect(lines.join('')).not.toContain(SECRET);
        expect(JSON.parse(lines[0])).toMatchObject({ password: '[redacted]', nats: { seed: '[redacted]' }, headers: { authorization: '[redacted]' }, user: 'orch' });
    });
});
//# sourceMappingURL=security-credentials.test.js.map