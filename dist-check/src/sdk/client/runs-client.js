import { fromValue, toValue } from '../grpc/struct.js';
import { readServerStream, unaryCall } from './calls.js';
/** The largest page the orchestrator answers. */
const MAX_RUNS_PAGE = 1000;
const structToJson = (s) => (s ? fromValue({ structValue: s, kind: 'structValue' }) : null);
/** Builds the run methods over a raw grpc client. @internal */
export function runsClient(raw, unaryArgs, streamArgs) {
    const listRunsPage = async (filter = {}, pageToken = '', call) => {
        const request = {
            workflow: filter.workflow ?? '',
            status: filter.status ?? '',
            limit: filter.limit ?? 0,
            createdAfterMs: filter.createdAfterMs ?? 0,
            createdBeforeMs: filter.createdBeforeMs ?? 0,
            pageToken,
        };
        const res = await unaryCall((md, o, cb) => raw.listRuns(request, md, o, cb), unaryArgs(call), call?.signal);
        return { runs: res.runs.map(structToJson), nextPageToken: res.nextPageToken };
    };
    return {
        listRunsPage,
        async registerWorkflow(definition, call) {
            const res = await unaryCall((md, o, cb) => raw.registerWorkflow({ definition }, md, o, cb), unaryArgs(call), call?.signal);
            return { name: res.name, version: res.version };
        },
        async listWorkflows(call) {
            const res = await unaryCall((md, o, cb) => raw.listWorkflows({}, md, o, cb), unaryArgs(call), call?.signal);
            return res.workflows.map(structToJson);
        },
        async startRun(req, call) {
            const res = await unaryCall((md, o, cb) => raw.startRun(wireStartRun(req), md, o, cb), unaryArgs(call), call?.signal);
            return { runId: res.runId, existing: res.existing, traceId: res.traceId };
        },
        async startRuns(requests, call) {
            const res = await unaryCall((md, o, cb) => raw.startRuns({ requests: requests.map(wireStartRun) }, md, o, cb), unaryArgs(call), call?.signal);
            return res.results.map((r) => r.run ? { run: { runId: r.run.runId, existing: r.run.existing, traceId: r.run.traceId } } : { error: { code: r.error?.code ?? 2, message: r.error?.message ?? 'no result for this item' } });
        },
        async getRun(runId, call) {
            const res = await unaryCall((md, o, cb) => raw.getRun({ runId }, md, o, cb), unaryArgs(call), call?.signal);
            return structToJson(res.report);
        },
        watchRun(runId, call) {
            return {
                [Symbol.asyncIterator]() {
                    const { metadata, options } = streamArgs(call);
                    return readServerStream(() => raw.watchRun({ runId }, metadata, options), (m) => ({
                        type: m.type,
                        stepId: m.stepId,
                        detail: fromValue(m.detail),
                        ...(m.chunk
                            ? {
                                chunk: {
                                    sequence: Number(m.chunk.sequence),
                                    contentType: m.chunk.contentType,
                                    data: m.chunk.data,
                                    durationMs: m.chunk.durationMs,
                                    traceparent: m.chunk.traceparent,
                                },
                            }
                            : {}),
                        ...(m.attempt ? { attempt: m.attempt } : {}),
                        ...(m.restart
                            ? {
                                restart: {
                                    taskId: m.restart.taskId,
                                    failedAttempt: m.restart.failedAttempt,
                                    attempt: m.restart.attempt,
                                    resumeFromSequence: Number(m.restart.resumeFromSequence),
                                    mode: restartMode(m.restart.mode),
                                    instanceId: m.restart.instanceId,
                                },
                            }
                            : {}),
                    }), call?.signal);
                },
            };
        },
        async cancelRun(runId, reason = '', call) {
            const res = await unaryCall((md, o, cb) => raw.cancelRun({ runId, reason }, md, o, cb), unaryArgs(call), call?.signal);
            return { status: res.status };
        },
        async signalRun(runId, stepId, signal = {}, call) {
            const request = { runId, stepId, payload: toValue(signal.payload ?? null), reject: signal.reject ?? false };
            const res = await unaryCall((md, o, cb) => raw.signalRun(request, md, o, cb), unaryArgs(call), call?.signal);
            return { stepStatus: res.stepStatus, runStatus: res.runStatus };
        },
        async listRuns(filter = {}, call) {
            const want = filter.limit ?? 100;
            const out = [];
            let token = '';
            do {
                const page = await listRunsPage({ ...filter, limit: Math.min(MAX_RUNS_PAGE, want - out.length) }, token, call);
                out.push(...page.runs);
                token = page.nextPageToken;
            } while (token && out.length < want);
            return out;
        },
        async listDeadLetters(filter = {}, call) {
            const request = { runId: filter.runId ?? '', limit: filter.limit ?? 0 };
            const res = await unaryCall((md, o, cb) => raw.listDeadLetters(request, md, o, cb), unaryArgs(call), call?.signal);
            return res.records.map(structToJson);
        },
        async replayDeadLetter(taskId, mode = 'step', call) {
            const request = { taskId, mode: mode === 'run' ? 'REPLAY_MODE_RUN' : mode === 'from_step' ? 'REPLAY_MODE_FROM_STEP' : 'REPLAY_MODE_STEP' };
            const res = await unaryCall((md, o, cb) => raw.replayDeadLetter(request, md, o, cb), unaryArgs(call), call?.signal);
            return { taskId: res.taskId, output: fromValue(res.output), runId: res.runId, reusedStepIds: res.reusedStepIds, fromStepId: res.fromStepId };
        },
        async discardDeadLetter(taskId, call) {
            const res = await unaryCall((md, o, cb) => raw.discardDeadLetter({ taskId }, md, o, cb), unaryArgs(call), call?.signal);
            return structToJson(res.record);
        },
        async listWorkflowVersions(name, call) {
            const res = await unaryCall((md, o, cb) => raw.listWorkflowVersions({ name }, md, o, cb), unaryArgs(call), call?.signal);
            return res.versions.map(structToJson);
        },
    };
}
/** A StartRun request on the wire. */
function wireStartRun(req) {
    return {
        workflow: req.workflow,
        input: toValue(req.input ?? null),
        options: { idempotencyKey: req.idempotencyKey ?? '', priority: req.priority ?? 0, timeoutMs: req.timeoutMs ?? 0 },
        ...(req.callbackUrl ? { callbackUrl: req.callbackUrl } : {}),
        ...(req.callbackSecretId ? { callbackSecretId: req.callbackSecretId } : {}),
    };
}
/** `STREAM_RESTART_MODE_RESUMED` → `resumed`; unknown values (a newer server) → `spliced`, the cautious reading. */
function restartMode(mode) {
    const name = mode.replace(/^STREAM_RESTART_MODE_/, '').toLowerCase();
    return name === 'resumed' || name === 'deduplicated' ? name : 'spliced';
}
//# sourceMappingURL=runs-client.js.map