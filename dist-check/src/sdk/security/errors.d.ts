/**
 * Errors of the security area. Each names the setting at fault (e.g. `NATS_PASSWORD_FILE`)
 * and why, never the secret itself.
 */
declare const BRAND: unique symbol;
/** Which kind of security error: a setting that cannot be used, or a server that refused us. */
export type SecurityErrorKind = 'settings' | 'connect';
declare abstract class SecurityError extends Error {
    /** The setting at fault, e.g. `NATS_TLS_CA`. */
    readonly setting: string;
    readonly [BRAND] = true;
    abstract readonly kind: SecurityErrorKind;
    constructor(
    /** The setting at fault, e.g. `NATS_TLS_CA`. */
    setting: string, message: string, options?: {
        cause?: unknown;
    });
}
/**
 * A NATS security setting is missing, unreadable, malformed or conflicts with another;
 * thrown at start-up before anything connects.
 */
export declare class NatsSettingsError extends SecurityError {
    readonly name = "NatsSettingsError";
    readonly kind = "settings";
    /** True for a NatsSettingsError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is NatsSettingsError;
}
/**
 * The first connection to NATS failed: the server refused the credential, TLS could not be
 * established or verified, or no server answered. Never retried: start-up fails with it.
 */
export declare class NatsConnectError extends SecurityError {
    /** The nats.js error code or Node TLS error code behind it, e.g. `AUTHORIZATION_VIOLATION`. */
    readonly code: string | undefined;
    readonly name = "NatsConnectError";
    readonly kind = "connect";
    constructor(setting: string, message: string, 
    /** The nats.js error code or Node TLS error code behind it, e.g. `AUTHORIZATION_VIOLATION`. */
    code: string | undefined, options?: {
        cause?: unknown;
    });
    /** True for a NatsConnectError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is NatsConnectError;
}
export { PermissionDeniedError, UnauthenticatedError } from '../errors.js';
