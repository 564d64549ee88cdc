import { Status, TroupeError, type ErrorContext } from '../errors.js';

/** No credential, or one that does not verify: UNAUTHENTICATED. The message says why, never the credential. */
export class UnauthenticatedError extends TroupeError {
  override readonly name = 'UnauthenticatedError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.UNAUTHENTICATED, message, { context });
  }
}

/** A verified caller lacks a scope or a workflow: PERMISSION_DENIED. The message names what is missing. */
export class PermissionDeniedError extends TroupeError {
  override readonly name = 'PermissionDeniedError';
  constructor(message: string, context?: ErrorContext) {
    super(Status.PERMISSION_DENIED, message, { context });
  }
}
