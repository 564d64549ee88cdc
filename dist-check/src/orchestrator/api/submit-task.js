import { serveUnary } from '../../sdk/grpc/serve.js';
import { methodPath, serveOptions } from './deps.js';
import { abortOnCancel } from './abort-on-cancel.js';
import { prepareUnaryTask, runUnaryTask } from './unary-task.js';
/** OrchestratorService.SubmitTask: validate, pick an instance, call it, return its result. */
export function submitTaskHandler(deps) {
    return serveUnary(methodPath('SubmitTask'), serveOptions(deps), async (call, { span, traceContext, principal }) => {
        const task = prepareUnaryTask(deps, call.request, call);
        const { signal, release } = abortOnCancel(call);
        try {
            return await runUnaryTask(deps, task, { span, traceContext, signal, owner: principal.subject });
        }
        finally {
            release();
        }
    });
}
//# sourceMappingURL=submit-task.js.map