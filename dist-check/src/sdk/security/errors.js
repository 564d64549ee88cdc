/**
 * Errors of the security area. Each names the setting at fault (e.g. `NATS_PASSWORD_FILE`)
 * and why, never the secret itself.
 */
const BRAND = Symbol.for('troupe.security-error');
class SecurityError extends Error {
    setting;
    [BRAND] = true;
    constructor(
    /** The setting at fault, e.g. `NATS_TLS_CA`. */
    setting, message, options) {
        super(`${setting}: ${message}`, options);
        this.setting = setting;
    }
}
function isSecurityError(err, kind) {
    return typeof err === 'object' && err !== null && err[BRAND] === true && err.kind === kind;
}
/**
 * A NATS security setting is missing, unreadable, malformed or conflicts with another;
 * thrown at start-up before anything connects.
 */
export class NatsSettingsError extends SecurityError {
    name = 'NatsSettingsError';
    kind = 'settings';
    /** True for a NatsSettingsError, even one from another copy of this module. */
    static is(err) {
        return isSecurityError(err, 'settings');
    }
}
/**
 * The first connection to NATS failed: the server refused the credential, TLS could not be
 * established or verified, or no server answered. Never retried: start-up fails with it.
 */
export class NatsConnectError extends SecurityError {
    code;
    name = 'NatsConnectError';
    kind = 'connect';
    constructor(setting, message, 
    /** The nats.js error code or Node TLS error code behind it, e.g. `AUTHORIZATION_VIOLATION`. */
    code, options) {
        super(setting, message, options);
        this.code = code;
    }
    /** True for a NatsConnectError, even one from another copy of this module. */
    static is(err) {
        return isSecurityError(err, 'connect');
    }
}
// The API door's status errors live with their twins in ../errors.ts.
export { PermissionDeniedError, UnauthenticatedError } from '../errors.js';
//# sourceMappingURL=errors.js.map