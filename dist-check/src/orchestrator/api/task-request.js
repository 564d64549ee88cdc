import { randomUUID } from 'node:crypto';
import { boundText, FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { DEFAULT_MAX_PAYLOAD_BYTES, jsonSize, PayloadTooLargeError } from '../../sdk/grpc/payload-limits.js';
import { PAYLOAD_SETTING } from './deps.js';
import { parseCapabilityRef } from '../versions/capability-ref.js';
const CAPABILITY = /^[a-z0-9][a-z0-9._-]{0,127}$/;
/**
 * Validates a SubmitTask/StreamTask request (the two share their fields) and
 * derives the task: a fresh id, the earlier of the gRPC deadline and
 * `options.timeout_ms` (or the default), and priority 1–5.
 */
export function toTaskRequest(request, call, registry, expect) {
    const capability = request?.capability ?? '';
    if (!capability)
        throw new InvalidArgumentError('capability is required: name the capability to run, e.g. "echo.say"');
    // `name@range` asks for the instances whose version satisfies the range (versions/capability-ref.ts).
    const { name } = parseCapabilityRef(capability);
    if (!CAPABILITY.test(name)) {
        throw new InvalidArgumentError(`capability "${boundText(capability, 160)}" is not a valid name (lowercase letters, digits, '.', '-', '_'; optionally @ and a semver range, e.g. echo.say@^2)`);
    }
    const options = request?.options;
    const priority = options?.priority ?? 0;
    if (priority > 5)
        throw new InvalidArgumentError(`options.priority must be 1 (highest) to 5 (lowest), or 0 for the default; got ${priority}`);
    if ((request?.data.length ?? 0) > 0 && !request?.contentType) {
        throw new InvalidArgumentError('content_type is required when data is set, e.g. "application/octet-stream"');
    }
    const limit = expect.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
    const raw = request?.rawInput;
    const bytes = (raw ? raw.jsonSize : jsonSize(request?.input ?? null, limit)) + (request?.data.length ?? 0);
    if (bytes > limit)
        throw new PayloadTooLargeError('the task input', (raw ? raw.jsonSize : jsonSize(request?.input ?? null)) + (request?.data.length ?? 0), limit, PAYLOAD_SETTING, { capability });
    const streaming = registry.isStreaming(name);
    if (streaming !== undefined && streaming !== expect.streaming) {
        throw new FailedPreconditionError(streaming ? `capability "${name}" streams its output; call StreamTask` : `capability "${name}" is unary; call SubmitTask`, { capability: name });
    }
    const timeoutMs = options?.timeoutMs || expect.defaultTimeoutMs;
    const callDeadline = call.getDeadline();
    const callMs = callDeadline instanceof Date ? callDeadline.getTime() : callDeadline;
    const deadline = new Date(Math.min(Date.now() + timeoutMs, Number.isFinite(callMs) ? callMs : Infinity));
    const taskId = randomUUID();
    return {
        priority: priority || 3,
        deadline,
        spec: {
            taskId,
            capability,
            ...(raw ? { rawInput: raw.bytes } : { input: request?.input ?? { nullValue: 'NULL_VALUE' } }),
            data: request?.data ?? Buffer.alloc(0),
            contentType: request?.contentType ?? '',
            idempotencyKey: options?.idempotencyKey || taskId,
            attempt: 1,
        },
    };
}
//# sourceMappingURL=task-request.js.map