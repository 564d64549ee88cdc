import { describe, expect, it } from 'vitest';
import { BULK_REASON, bulkErrorBytes, bulkResultBytes, MAX_BULK_ID_CHARS, peekId, readBulkRequest } from '../../src/orchestrator/api/bulk/messages.js';
import { BulkWindow } from '../../src/orchestrator/api/bulk/window.js';
import { submitTaskResponse } from '../../src/orchestrator/dispatch/wire.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { Status } from '../../src/sdk/index.js';
const orch = loadProtos().orchestrator.troupe.v1.OrchestratorService.service;
const agent = loadProtos().agent.troupe.v1.AgentService.service;
const encode = (message) => Buffer.from(orch.SubmitTasks.requestSerialize(message));
describe('reading SubmitTasks requests', () => {
    it('reads a submit with its task and trace context, and a cancel', () => {
        const submit = readBulkRequest(encode({ submit: { id: 'a-1', task: { capability: 'echo.say', input: toValue({ n: 1 }) }, traceparent: 'tp', tracestate: 'ts' } }));
        expect(submit).toMatchObject({ kind: 'submit', id: 'a-1', traceparent: 'tp', tracestate: 'ts', task: { capability: 'echo.say' } });
        expect(readBulkRequest(encode({ cancel: { id: 'a-1' } }))).toEqual({ kind: 'cancel', id: 'a-1' });
    });
    it('turns every unusable message into a malformed one instead of throwing', () => {
        expect(readBulkRequest(encode({}))).toMatchObject({ kind: 'malformed', id: '', message: expect.stringContaining('neither submit nor cancel') });
        expect(readBulkRequest(encode({ submit: { task: { capability: 'echo.say' } } }))).toMatchObject({ kind: 'malformed', id: '', message: expect.stringContaining('submit.id is required') });
        expect(readBulkRequest(encode({ cancel: {} }))).toMatchObject({ kind: 'malformed', message: expect.stringContaining('cancel.id is required') });
        const long = 'x'.repeat(MAX_BULK_ID_CHARS + 1);
        expect(readBulkRequest(encode({ submit: { id: long } }))).toMatchObject({ kind: 'malformed', id: '', message: expect.stringContaining(`at most ${MAX_BULK_ID_CHARS}`) });
        // Bytes that are not a protobuf message at all.
        expect(readBulkRequest(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]))).toMatchObject({ kind: 'malformed', id: '', message: expect.stringContaining('not a SubmitTasksRequest') });
        // A task whose input is cut short still answers under its id.
        const whole = encode({ submit: { id: 'cut', task: { capability: 'echo.say', input: toValue({ text: 'hello there' }) } } });
        const cut = Buffer.from(whole.subarray(0, whole.length - 4));
        cut[1] = cut.length - 2; // the outer length now matches the shorter message
        expect(readBulkRequest(cut)).toMatchObject({ kind: 'malformed', id: 'cut' });
    });
    it('peeks the id of a message only when it is well formed up to it', () => {
        expect(peekId(encode({ submit: { id: 'x7' } }))).toBe('x7');
        expect(peekId(encode({ cancel: { id: 'c' } }))).toBe('c');
        expect(peekId(Buffer.from([0x0a, 0x05, 0x0a, 0x09, 0x41]))).toBe(''); // the id runs past its submit
        expect(peekId(Buffer.from([0x1a, 0x00]))).toBe('');
        expect(peekId(Buffer.alloc(0))).toBe('');
    });
});
describe('writing SubmitTasks responses', () => {
    it('wraps a relayed SubmitTaskResponse (bytes) or a decoded one under the id', () => {
        const execute = Buffer.from(agent.Execute.responseSerialize({ result: { output: toValue({ ok: true }), warnings: ['w'] } }));
        const relayed = submitTaskResponse('task-1', 'inst-1', execute);
        for (const result of [relayed, { taskId: 'task-1', agentInstanceId: 'inst-1', result: { output: toValue({ ok: true }), warnings: ['w'] } }]) {
            const decoded = orch.SubmitTasks.responseDeserialize(bulkResultBytes('id-9', result));
            expect(decoded).toMatchObject({ id: 'id-9', outcome: 'result', result: { taskId: 'task-1', agentInstanceId: 'inst-1', result: { warnings: ['w'] } } });
        }
        // Built in one go from the agent's bytes: the same response.
        const direct = submitTaskResponse('task-1', 'inst-1', execute, 'id-9');
        expect(orch.SubmitTasks.responseDeserialize(direct)).toEqual(orch.SubmitTasks.responseDeserialize(bulkResultBytes('id-9', relayed)));
        expect(orch.SubmitTasks.responseDeserialize(submitTaskResponse('t', 'i', Buffer.alloc(0), 'e'))).toMatchObject({ id: 'e', outcome: 'result', result: { taskId: 't', agentInstanceId: 'i', result: null } });
        expect(orch.SubmitTask.responseDeserialize(submitTaskResponse('', 'ü', execute))).toMatchObject({ taskId: '', agentInstanceId: 'ü', result: { warnings: ['w'] } });
        // A result long enough for a multi-byte length.
        const big = submitTaskResponse('t', 'i', Buffer.from(agent.Execute.responseSerialize({ result: { data: Buffer.alloc(70_000, 1) } })));
        expect(orch.SubmitTasks.responseDeserialize(bulkResultBytes('b', big)).result?.result?.data.length).toBe(70_000);
    });
    it('writes an error with its code, bounded message, reason and task id', () => {
        const decoded = orch.SubmitTasks.responseDeserialize(bulkErrorBytes('d', { code: Status.INVALID_ARGUMENT, message: 'm'.repeat(10_000), reason: BULK_REASON.duplicateId, taskId: 't' }));
        expect(decoded).toMatchObject({ id: 'd', outcome: 'error', error: { code: Status.INVALID_ARGUMENT, reason: 'DUPLICATE_ID', taskId: 't' } });
        expect(decoded.error?.message.length).toBeLessThanOrEqual(4096);
    });
});
describe('BulkWindow', () => {
    function stream() {
        const calls = [];
        return { calls, pause: () => void calls.push('pause'), resume: () => void calls.push('resume') };
    }
    it('pauses reading at the bound and resumes when a task ends', () => {
        const s = stream();
        const w = new BulkWindow(2, s);
        expect(w.add('a', 1)).toBe(true);
        expect(s.calls).toEqual([]);
        expect(w.add('b', 2)).toBe(true);
        expect(s.calls).toEqual(['pause']);
        expect(w.reading).toBe(false);
        expect(w.delete('a')).toBe(true);
        expect(s.calls).toEqual(['pause', 'resume']);
        expect(w.delete('a')).toBe(false);
    });
    it('refuses an id in flight and keeps the first task', () => {
        const w = new BulkWindow(4, stream());
        w.add('x', 'first');
        expect(w.add('x', 'second')).toBe(false);
        expect(w.get('x')).toBe('first');
        expect(w.size).toBe(1);
        w.delete('x');
        expect(w.add('x', 'again')).toBe(true); // an answered id may be reused
    });
    it('pauses at the bytes bound too, but always reads when nothing is in flight', () => {
        const s = stream();
        const w = new BulkWindow(10, s, 100);
        w.add('big', 1, 500); // one task over the bound still runs...
        expect(s.calls).toEqual(['pause']); // ...alone
        w.delete('big');
        expect(s.calls).toEqual(['pause', 'resume']);
        w.add('a', 1, 60);
        w.add('b', 2, 60);
        expect(w.bytes).toBe(120);
        expect(s.calls).toEqual(['pause', 'resume', 'pause']);
        w.delete('a');
        expect(s.calls).toEqual(['pause', 'resume', 'pause', 'resume']);
    });
    it('also pauses while responses back up, and for good once stopped', () => {
        const s = stream();
        const w = new BulkWindow(10, s);
        w.setWritesBlocked(true);
        w.add('a', 1);
        w.delete('a');
        expect(s.calls).toEqual(['pause']);
        w.setWritesBlocked(false);
        expect(s.calls).toEqual(['pause', 'resume']);
        w.stop();
        w.setWritesBlocked(false);
        expect(s.calls).toEqual(['pause', 'resume', 'pause']);
        expect(w.values()).toEqual([]);
    });
});
//# sourceMappingURL=bulk-stream-parts.test.js.map