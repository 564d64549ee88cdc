/** Credentials found in the userinfo of a NATS URL. */
export type UrlCredential = {
    kind: 'user';
    user: string;
    password: string;
} | {
    kind: 'token';
    token: string;
};
/** `NATS_URL` split into server addresses without credentials, and what the URLs carried. */
export interface ParsedNatsUrl {
    /** Servers as nats.js takes them, credentials removed. */
    servers: string[];
    /** The same with credentials shown as `***`, safe for logs and errors. */
    redacted: string[];
    /** The credential in the URLs' userinfo, if any (all URLs must carry the same one). */
    credential: UrlCredential | undefined;
    /** A `tls://` URL asks for TLS. */
    tls: boolean;
}
/**
 * Replaces the userinfo of every URL in a comma-separated list with `***`:
 * `nats://user:pass@host:4222` → `nats://***@host:4222`. Safe for logs, errors and spans;
 * text that is not a URL is returned unchanged.
 *
 * @example
 * redactNatsUrl('nats://orch:s3cret@nats:4222,nats://orch:s3cret@nats-2:4222') // 'nats://***@nats:4222,nats://***@nats-2:4222'
 */
export declare function redactNatsUrl(url: string): string;
/**
 * Parses `NATS_URL` (comma-separated): `nats://user:pass@host:4222`, `nats://token@host`,
 * `tls://host:4222` or a bare `host:port`. Throws a {@link NatsSettingsError} naming
 * `NATS_URL` (with the URL redacted) when a part cannot be parsed.
 */
export declare function parseNatsUrl(text: string): ParsedNatsUrl;
