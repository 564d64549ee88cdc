import { serveBidiStream } from '../../../sdk/grpc/serve.js';
import { serveOptions } from '../deps.js';
import { BulkStream, SUBMIT_TASKS_PATH } from './bulk-stream.js';
/**
 * OrchestratorService.SubmitTasks: many unary tasks over one stream. The stream is authorized once
 * when it opens (scope tasks:submit, like SubmitTask) and traced as one SERVER span; each task gets
 * a span of its own, and one `rpc_server_duration_seconds` observation (method SubmitTasks) with its
 * own status. Requests arrive as raw bytes (see `rawRequests`) and are decoded per message.
 */
export function submitTasksHandler(deps) {
    return serveBidiStream(SUBMIT_TASKS_PATH, serveOptions(deps), (call, served) => new BulkStream(deps, call, served).run(), { recordDuration: false });
}
//# sourceMappingURL=submit-tasks.js.map