/**
 * Errors of the security area. Each names the setting at fault (e.g. `NATS_PASSWORD_FILE`)
 * and why, never the secret itself.
 */
const BRAND = Symbol.for('troupe.security-error');

/** Which kind of security error: a setting that cannot be used, or a server that refused us. */
export type SecurityErrorKind = 'settings' | 'connect';

abstract class SecurityError extends Error {
  readonly [BRAND] = true;
  abstract readonly kind: SecurityErrorKind;
  constructor(
    /** The setting at fault, e.g. `NATS_TLS_CA`. */
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
  }
}

function isSecurityError(err: unknown, kind: SecurityErrorKind): boolean {
  return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[BRAND] === true && (err as { kind?: unknown }).kind === kind;
}

/**
 * A NATS security setting is missing, unreadable, malformed or conflicts with another;
 * thrown at start-up before anything connects.
 */
export class NatsSettingsError extends SecurityError {
  override readonly name = 'NatsSettingsError';
  readonly kind = 'settings';
  /** True for a NatsSettingsError, even one from another copy of this module. */
  static is(this: void, err: unknown): err is NatsSettingsError {
    return isSecurityError(err, 'settings');
  }
}

/**
 * The first connection to NATS failed: the server refused the credential, TLS could not be
 * established or verified, or no server answered. Never retried: start-up fails with it.
 */
export class NatsConnectError extends SecurityError {
  override readonly name = 'NatsConnectError';
  readonly kind = 'connect';
  constructor(
    setting: string,
    message: string,
    /** The nats.js error code or Node TLS error code behind it, e.g. `AUTHORIZATION_VIOLATION`. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(setting, message, options);
  }
  /** True for a NatsConnectError, even one from another copy of this module. */
  static is(this: void, err: unknown): err is NatsConnectError {
    return isSecurityError(err, 'connect');
  }
}

// The API door's status errors live with their twins in ../errors.ts.
export { PermissionDeniedError, UnauthenticatedError } from '../errors.js';
