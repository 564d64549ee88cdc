import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { checkCallbackUrl } from '../webhooks/callback-url.js';
/** Default of {@link ApiDeps.bulkMaxInFlight} (TROUPE_BULK_MAX_IN_FLIGHT). */
export const DEFAULT_BULK_MAX_IN_FLIGHT = 1024;
/** The serve options every handler uses: the logger and the guard. */
export function serveOptions(deps) {
    return deps.guard ? { logger: deps.logger, guard: deps.guard } : { logger: deps.logger };
}
/** The setting named in a payload-too-large error. */
export const PAYLOAD_SETTING = 'TROUPE_MAX_PAYLOAD_BYTES / maxPayloadBytes';
/**
 * Checks a request's `callback_url` (empty: none) and `callback_secret_id`: INVALID_ARGUMENT when
 * malformed, not allowed or an unknown secret id, FAILED_PRECONDITION when no signing secret is configured.
 */
export function callbackOf(deps, raw, secretId) {
    if (!raw) {
        if (secretId)
            throw new InvalidArgumentError('callback_secret_id is set without a callback_url');
        return undefined;
    }
    const url = checkCallbackUrl(raw, deps.webhooks?.allow);
    if (!deps.webhooks?.sender)
        throw new FailedPreconditionError('callback_url needs a webhook signing secret: set TROUPE_WEBHOOK_SECRET_FILE on the orchestrator');
    return { url, secretId: deps.webhooks.sender.secretIdFor(secretId) };
}
/** The gRPC path of an OrchestratorService method, e.g. `/troupe.v1.OrchestratorService/StartRun`. */
export function methodPath(method) {
    return `/${ORCHESTRATOR_SERVICE}/${method}`;
}
//# sourceMappingURL=deps.js.map