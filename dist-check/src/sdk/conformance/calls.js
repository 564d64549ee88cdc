import { randomBytes } from 'node:crypto';
import { statusName } from '../errors.js';
import { deadlineIn } from '../grpc/agent-clients.js';
import { toValue } from '../grpc/struct.js';
/** A task for `capability` with `input` and a fresh task id. @internal */
export function taskFor(capability, input) {
    return { taskId: `conformance-${randomBytes(4).toString('hex')}`, capability, input: toValue(input), attempt: 1 };
}
/** "NOT_FOUND: no capability…" for reports. @internal */
export function statusText(code, details) {
    return code === -1 ? details : `${statusName(code)}${details ? `: ${details}` : ''}`;
}
function settle(started, resolve) {
    return (err, value) => {
        const ms = performance.now() - started;
        if (err)
            resolve({ ok: false, code: err.code, details: err.details || err.message, ms });
        else if (value === undefined)
            resolve({ ok: false, code: -1, details: 'the call returned no response', ms });
        else
            resolve({ ok: true, value, ms });
    };
}
/** Calls Describe. @internal */
export function callDescribe(ctx) {
    const started = performance.now();
    return new Promise((resolve) => {
        ctx.clients.agent.Describe({}, { deadline: deadlineIn(ctx.callTimeoutMs) }, settle(started, resolve));
    });
}
/** Calls Execute with `task` (null sends a request without one). @internal */
export function callExecute(ctx, task, deadlineMs = ctx.callTimeoutMs) {
    const started = performance.now();
    return new Promise((resolve) => {
        ctx.clients.agent.Execute(task ? { task } : {}, { deadline: deadlineIn(deadlineMs) }, settle(started, resolve));
    });
}
/**
 * Calls ExecuteStream and collects every message until the status. A watchdog
 * (deadline + 2 s) cancels a call that never ends and reports code -1.
 * @internal
 */
export function callExecuteStream(ctx, task, options = {}) {
    const deadlineMs = options.deadlineMs ?? ctx.callTimeoutMs;
    const started = performance.now();
    return new Promise((resolve) => {
        const resume = options.resumeFromSequence ? { resumeFromSequence: String(options.resumeFromSequence) } : {};
        const call = ctx.clients.agent.ExecuteStream({ task, ...resume }, { deadline: deadlineIn(deadlineMs) });
        const messages = [];
        let settled = false;
        const finish = (code, details) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(watchdog);
            resolve({ messages, code, details, ms: performance.now() - started });
        };
        const hangMs = deadlineMs + 2000;
        const watchdog = setTimeout(() => {
            finish(-1, `the stream gave no status within ${hangMs} ms (its deadline was ${deadlineMs} ms)`);
            call.cancel();
        }, hangMs);
        call.on('data', (message) => {
            messages.push(message);
            options.onMessage?.(message, call);
        });
        call.on('status', (status) => finish(status.code, status.details));
        call.on('error', () => undefined); // the status event carries it
    });
}
//# sourceMappingURL=calls.js.map