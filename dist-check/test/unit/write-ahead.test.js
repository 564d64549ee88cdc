import { status as Status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { writeAheadInterceptor } from '../../src/sdk/grpc/write-ahead.js';
/** The transport below the interceptor: records what reaches it and completes writes on demand. */
function fakeTransport() {
    const log = [];
    const pending = [];
    const call = {
        sendMetadata: () => log.push('metadata'),
        sendMessage: (message, done) => {
            log.push(`message ${Buffer.isBuffer(message) ? message.toString() : JSON.stringify(message)}`);
            pending.push(done);
        },
        sendStatus: (status) => log.push(`status ${status.code}`),
        getPeer: () => 'peer',
    };
    /** Completes the oldest write, as HTTP/2 does once it reached the socket. */
    const complete = () => pending.shift()();
    return { call, log, complete, get pending() { return pending.length; } };
}
const method = (responseStream) => ({ path: '/t.S/M', requestStream: false, responseStream });
function streamingCall(window) {
    const transport = fakeTransport();
    const call = writeAheadInterceptor(window)(method(true), transport.call);
    const acked = [];
    const send = (message, name) => call.sendMessage(message, () => acked.push(name));
    return { transport, call, acked, send };
}
describe('writeAheadInterceptor', () => {
    it('acknowledges messages at once while the window has room, keeping their order', () => {
        const { transport, acked, send } = streamingCall({ messages: 3 });
        send({ n: 1 }, 'a');
        send({ n: 2 }, 'b');
        expect(acked).toEqual(['a', 'b']);
        expect(transport.log).toEqual(['metadata', 'message {"n":1}', 'message {"n":2}']);
        expect(transport.pending).toBe(2);
    });
    it('holds the acknowledgement at the message window until an earlier write completes', () => {
        const { transport, acked, send } = streamingCall({ messages: 2 });
        send('x', 'a');
        send('y', 'b');
        // Two in flight: the second is queued below but not acknowledged, so the Writable waits.
        expect(acked).toEqual(['a']);
        transport.complete();
        expect(acked).toEqual(['a', 'b']);
        send('z', 'c');
        expect(acked).toEqual(['a', 'b']);
        transport.complete();
        transport.complete();
        expect(acked).toEqual(['a', 'b', 'c']);
        expect(transport.pending).toBe(0);
    });
    it('holds at the byte window, counting Buffer messages by default', () => {
        const { transport, acked, send } = streamingCall({ messages: 100, bytes: 10 });
        send(Buffer.alloc(6, 'a'), 'a');
        expect(acked).toEqual(['a']);
        send(Buffer.alloc(6, 'b'), 'b');
        expect(acked).toEqual(['a']);
        transport.complete();
        expect(acked).toEqual(['a', 'b']);
    });
    it('sizes other messages with sizeOf', () => {
        const { transport, acked, send } = streamingCall({ messages: 100, bytes: 100, sizeOf: (m) => m.size });
        send({ size: 150 }, 'big');
        expect(acked).toEqual([]);
        transport.complete();
        expect(acked).toEqual(['big']);
    });
    it('passes the status on after the queued messages', () => {
        const { transport, call, send } = streamingCall({ messages: 8 });
        send('last', 'a');
        call.sendStatus({ code: Status.OK, details: 'OK', metadata: null });
        expect(transport.log).toEqual(['metadata', 'message "last"', 'status 0']);
    });
    it('leaves calls without a response stream untouched', () => {
        const transport = fakeTransport();
        expect(writeAheadInterceptor()(method(false), transport.call)).toBe(transport.call);
    });
});
//# sourceMappingURL=write-ahead.test.js.map