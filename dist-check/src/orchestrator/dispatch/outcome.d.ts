import { Status } from '../../sdk/errors.js';
/**
 * How a finished call counts for the instance: `ok` (it answered, even with a
 * client-fault status), `failed` (counts against its breaker) or `refused`
 * (it declined politely: full or draining).
 */
export declare function outcomeOf(code: Status): 'ok' | 'failed' | 'refused';
/** Whether a task that failed with `code` before producing output may move to another instance. */
export declare function reassignable(code: Status): boolean;
/** At most this many instances are tried for one task. */
export declare const MAX_ATTEMPTS = 3;
