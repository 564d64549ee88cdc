import { type Authenticator, type ConnectionOptions, type TlsOptions } from 'nats';
/**
 * How a process connects to NATS, as an operator writes it. Every field has the name of
 * its environment variable in its doc; {@link natsSettingsFromEnv} reads them. Secrets are
 * files: the inline `password`/`token` forms exist for tests and are discouraged.
 */
export interface NatsSettings {
    /** `NATS_URL`: server URL(s), comma-separated; may carry `user:pass@` or `token@`; `tls://` asks for TLS. */
    url: string;
    /** `NATS_CREDS`: path of a JWT `.creds` file (decentralised auth, `nsc`). */
    credsFile?: string;
    /** `NATS_NKEY_SEED_FILE`: path of a file holding a user NKey seed (`SU…`). */
    nkeySeedFile?: string;
    /** `NATS_USER`: user name, with `NATS_PASSWORD_FILE` (or `NATS_PASSWORD`). */
    user?: string;
    /** `NATS_PASSWORD_FILE`: path of a file holding the password of `NATS_USER`. */
    passwordFile?: string;
    /** `NATS_PASSWORD`: the password inline. Prefer `NATS_PASSWORD_FILE`: environments leak. */
    password?: string;
    /** `NATS_TOKEN_FILE`: path of a file holding an authentication token. */
    tokenFile?: string;
    /** `NATS_TLS_CA`: PEM file of the CA(s) that signed the server certificate; turns TLS on. @default the system CAs */
    tlsCa?: string;
    /** `NATS_TLS_CERT`: PEM client certificate (chain), with `NATS_TLS_KEY`; turns TLS on. */
    tlsCert?: string;
    /** `NATS_TLS_KEY`: PEM private key of `NATS_TLS_CERT`. */
    tlsKey?: string;
}
/** Environment variable of each setting: error messages and docs use these names. */
export declare const NATS_ENV: {
    readonly url: "NATS_URL";
    readonly credsFile: "NATS_CREDS";
    readonly nkeySeedFile: "NATS_NKEY_SEED_FILE";
    readonly user: "NATS_USER";
    readonly passwordFile: "NATS_PASSWORD_FILE";
    readonly password: "NATS_PASSWORD";
    readonly tokenFile: "NATS_TOKEN_FILE";
    readonly tlsCa: "NATS_TLS_CA";
    readonly tlsCert: "NATS_TLS_CERT";
    readonly tlsKey: "NATS_TLS_KEY";
};
/** How the connection authenticates. */
export type NatsAuthKind = 'none' | 'user' | 'token' | 'nkey' | 'creds';
declare const BRAND: unique symbol;
/**
 * Compiled NATS settings: files read and checked, one authenticator, TLS material loaded.
 * Build it with {@link compileNatsSettings} and pass it to `startOrchestrator`, `startAgent`
 * or `startSidecar`. Secrets live in private fields: logging or serialising this object
 * shows only the redacted view of {@link NatsConnectSettings.toJSON}.
 */
export declare class NatsConnectSettings {
    #private;
    readonly [BRAND] = true;
    /** Server addresses without credentials. */
    readonly servers: readonly string[];
    /** `NATS_URL` with credentials replaced by `***`: the form to log. */
    readonly redactedUrl: string;
    readonly auth: NatsAuthKind;
    /** The setting that supplied the credential (named in errors), e.g. `NATS_PASSWORD_FILE`. */
    readonly authSetting: string | undefined;
    /** The user name, for user/password auth (not a secret). */
    readonly user: string | undefined;
    /** Whether the client requires TLS. */
    readonly tls: boolean;
    /** The setting that asked for TLS, e.g. `NATS_TLS_CA`. */
    readonly tlsSetting: string | undefined;
    /** Whether a client certificate is presented (`NATS_TLS_CERT`). */
    readonly clientCertificate: boolean;
    /** Whether the credential comes from a file that is re-read (when it changed) on every reconnect. */
    readonly credentialFile: boolean;
    /** @internal use {@link compileNatsSettings} */
    constructor(fields: Omit<NatsConnectSettings, typeof BRAND | 'connectionOptions' | 'toJSON'> & {
        authenticator?: Authenticator;
        tlsOptions?: TlsOptions;
    });
    /**
     * nats.js options for `connect()` (servers, authenticator, tls). Holds secrets: never log it.
     * With a credential file, a refused reconnect does not end the connection (nats.js gives up
     * after the same auth error twice by default): it retries, reading the file again, so a
     * credential rotated on the server first and in the file next is picked up.
     */
    connectionOptions(): ConnectionOptions;
    /** The redacted view used by `JSON.stringify` and loggers. */
    toJSON(): Record<string, unknown>;
    /** True for compiled settings, even from another copy of this module. */
    static is(this: void, value: unknown): value is NatsConnectSettings;
}
/**
 * Reads the NATS settings from environment variables (see {@link NATS_ENV}). Call it from a
 * process entry only. `url` overrides `NATS_URL` (a `--nats` flag, a config file). Returns
 * undefined when no URL is given; throws when a credential or TLS setting is set without one.
 */
export declare function natsSettingsFromEnv(env: Record<string, string | undefined>, url?: string | undefined): NatsSettings | undefined;
/**
 * Checks the settings and reads every file they name, once, at start-up. Throws a
 * {@link NatsSettingsError} naming the setting (never its value) when a file is missing,
 * unreadable or malformed, or when two kinds of credential are given.
 *
 * @example
 * const nats = compileNatsSettings({ url: 'tls://nats:4222', user: 'orch', passwordFile: '/run/secrets/nats-password', tlsCa: '/etc/troupe/ca.pem' });
 * await startOrchestrator({ natsUrl: nats.redactedUrl }, { nats }); // `nats` wins over natsUrl
 */
export declare function compileNatsSettings(settings: NatsSettings): NatsConnectSettings;
export {};
