import { Status } from '../../sdk/errors.js';
/**
 * How a finished call counts for the instance: `ok` (it answered, even with a
 * client-fault status), `failed` (counts against its breaker) or `refused`
 * (it declined politely: full or draining).
 */
export function outcomeOf(code) {
    switch (code) {
        case Status.OK:
        case Status.INVALID_ARGUMENT:
        case Status.NOT_FOUND:
        case Status.FAILED_PRECONDITION:
        case Status.ALREADY_EXISTS:
        case Status.OUT_OF_RANGE:
        case Status.PERMISSION_DENIED:
        case Status.UNAUTHENTICATED:
        case Status.CANCELLED:
            return 'ok';
        case Status.RESOURCE_EXHAUSTED:
            return 'refused';
        default:
            return 'failed';
    }
}
/** Whether a task that failed with `code` before producing output may move to another instance. */
export function reassignable(code) {
    return code === Status.UNAVAILABLE || code === Status.RESOURCE_EXHAUSTED;
}
/** At most this many instances are tried for one task. */
export const MAX_ATTEMPTS = 3;
//# sourceMappingURL=outcome.js.map