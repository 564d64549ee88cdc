import { Status, TroupeError } from '../errors.js';
import { toValue } from '../grpc/struct.js';
import { isTaskResult } from './types.js';
/** Turns what a handler returned into the wire TaskResult. @internal */
export function toWireResult(value) {
    if (isTaskResult(value)) {
        return {
            output: toValue(value.output ?? null),
            data: value.data ? Buffer.from(value.data.buffer, value.data.byteOffset, value.data.byteLength) : Buffer.alloc(0),
            contentType: value.contentType ?? '',
            metrics: { ...(value.metrics ?? {}) },
            warnings: [...(value.warnings ?? [])],
        };
    }
    try {
        return { output: toValue(value ?? null), data: Buffer.alloc(0), contentType: '', metrics: {}, warnings: [] };
    }
    catch (err) {
        throw new TroupeError(Status.INTERNAL, `the handler returned output that is not JSON: ${err.message}`);
    }
}
/**
 * The error to report for a failed handler: when the task's signal was aborted
 * (cancel, deadline, shutdown) its reason wins over whatever the handler threw.
 * @internal
 */
export function failureOf(err, signal) {
    return signal.aborted && TroupeError.is(signal.reason) ? signal.reason : err;
}
//# sourceMappingURL=results.js.map