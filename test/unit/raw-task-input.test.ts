import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWireRequest } from '../../src/orchestrator/api/bulk/wire-request.js';
import { encodeChannelStart, encodeExecuteRequest } from '../../src/orchestrator/dispatch/encode-task.js';
import { measureRawValue } from '../../src/orchestrator/dispatch/raw-value.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { jsonSize } from '../../src/sdk/grpc/payload-limits.js';
import { toValue } from '../../src/sdk/grpc/struct.js';

const orch = loadProtos().orchestrator.troupe.v1.OrchestratorService.service;
const agent = loadProtos().agent.troupe.v1.AgentService.service;
const encode = (message: object): Buffer => Buffer.from(orch.SubmitTasks.requestSerialize(message));
function varint(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return out;
}

describe('relaying a task input as bytes', () => {
  it('reads any JSON input as the decoded path would: same fields, same measure, same bytes at the agent', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), capability: fc.string({ maxLength: 20 }), key: fc.string({ maxLength: 20 }), priority: fc.nat(7), timeoutMs: fc.nat(), data: fc.uint8Array({ maxLength: 20 }) }),
        (json, f) => {
          const message = {
            submit: {
              id: f.id,
              traceparent: 'tp',
              task: { capability: f.capability, input: toValue(json), data: Buffer.from(f.data), contentType: f.data.length ? 'application/octet-stream' : '', options: { idempotencyKey: f.key, priority: f.priority, timeoutMs: f.timeoutMs }, callbackUrl: 'https://x.test/cb' },
            },
          };
          const bytes = encode(message);
          const decoded = orch.SubmitTasks.requestDeserialize(bytes).submit!;
          const wire = readWireRequest(bytes);
          if (wire?.kind !== 'submit' || !wire.task?.rawInput) throw new Error('expected a submit read from the wire');
          expect(wire.id).toBe(decoded.id);
          expect(wire.traceparent).toBe('tp');
          const { input, ...rest } = decoded.task!;
          expect({ ...wire.task, rawInput: undefined, input: undefined, data: Buffer.from(wire.task.data) }).toEqual({ ...rest, rawInput: undefined, input: undefined });
          expect(wire.task.rawInput.jsonSize).toBe(jsonSize(input));
          // What the agent gets: the same TaskSpec either way.
          const task = { taskId: 't-1', capability: f.capability, data: Buffer.from(f.data), contentType: 'ct', idempotencyKey: f.key, attempt: 1 };
          const viaBytes = agent.Channel.requestDeserialize(encodeChannelStart(7, { ...task, rawInput: wire.task.rawInput.bytes }, 'tp', 1500));
          const viaObjects = agent.Channel.requestDeserialize(Buffer.from(agent.Channel.requestSerialize({ start: { callId: '7', task: { ...task, input }, traceparent: 'tp', timeoutMs: 1500 } })));
          expect(viaBytes).toEqual(viaObjects);
          expect(agent.Execute.requestDeserialize(encodeExecuteRequest({ ...task, rawInput: wire.task.rawInput.bytes }))).toEqual(agent.Execute.requestDeserialize(Buffer.from(agent.Execute.requestSerialize({ task: { ...task, input } }))));
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('writes no field for an empty string or a zero, as proto3 leaves defaults out', () => {
    const task = { taskId: '', capability: 'x', contentType: '', idempotencyKey: '', runId: '', stepId: '', attempt: 0, rawInput: Buffer.alloc(0) };
    // ExecuteRequest.task (1) holding only capability (2) = "x" and the always-set input (3), empty.
    expect([...encodeExecuteRequest(task as never)]).toEqual([0x0a, 5, 0x12, 1, 0x78, 0x1a, 0]);
  });

  it('reads a cancel, and a submit without a task or an input', () => {
    expect(readWireRequest(encode({ cancel: { id: 'c' } }))).toEqual({ kind: 'cancel', id: 'c' });
    expect(readWireRequest(encode({ submit: { id: 'a' } }))).toEqual({ kind: 'submit', id: 'a', task: null, traceparent: '', tracestate: '' });
    const noInput = readWireRequest(encode({ submit: { id: 'a', task: { capability: 'c' } } }));
    expect(noInput?.kind === 'submit' && noInput.task).toMatchObject({ capability: 'c', input: null, options: null });
    expect(noInput?.kind === 'submit' && noInput.task && 'rawInput' in noInput.task).toBe(false);
  });

  it('leaves everything but the plain encoding to the decoder', () => {
    // Unknown fields, a field twice, an oneof with both members, a cut message, a varint past 32 bits.
    expect(readWireRequest(Buffer.concat([encode({ submit: { id: 'a' } }), Buffer.from([0x50, 0x01])]))).toBeUndefined();
    expect(readWireRequest(Buffer.concat([encode({ submit: { id: 'a' } }), encode({ submit: { id: 'b' } })]))).toBeUndefined();
    expect(readWireRequest(Buffer.concat([encode({ submit: { id: 'a' } }), encode({ cancel: { id: 'b' } })]))).toBeUndefined();
    const whole = encode({ submit: { id: 'abc' } });
    expect(readWireRequest(whole.subarray(0, whole.length - 1))).toBeUndefined();
    expect(readWireRequest(encode({ submit: { id: 'a', task: { capability: 'c', options: { timeoutMs: 0xffffffff } } } }))).toMatchObject({ task: { options: { timeoutMs: 0xffffffff } } });
    expect(readWireRequest(Buffer.from([0x0a, 0x07, 0x12, 0x05, 0x2a, 0x03, 0x10, 0x80, 0x80, 0x80, 0x80, 0x10].slice(0, 9)))).toBeUndefined();
    expect(readWireRequest(Buffer.alloc(0))).toBeUndefined();
  });

  it('measures only plain Values, and none nested deeper than protobufjs decodes', () => {
    // Lists nested by hand (toValue stops earlier): n lists around 1.
    const nested = (n: number): Buffer => {
      let v = Buffer.from([0x11, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]); // numberValue 1
      for (let i = 0; i < n; i++) {
        const list = Buffer.concat([Buffer.from([0x0a, ...varint(v.length)]), v]);
        v = Buffer.concat([Buffer.from([0x32, ...varint(list.length)]), list]);
      }
      return v;
    };
    const decodes = (n: number): boolean => {
      try {
        agent.Channel.requestDeserialize(encodeChannelStart(1, { taskId: 't', rawInput: nested(n) }, '', 1));
        return true;
      } catch {
        return false;
      }
    };
    // The deepest input the agent still decodes is the deepest measured; one more is left to the decoder.
    const deepest = [...Array(60).keys()].filter(decodes).at(-1)!;
    expect(deepest).toBeGreaterThan(40);
    expect(decodes(deepest + 1)).toBe(false);
    expect(measureRawValue(nested(deepest), 0, nested(deepest).length)).toBeDefined();
    expect(measureRawValue(nested(deepest + 1), 0, nested(deepest + 1).length)).toBeUndefined();
    expect(readWireRequest(Buffer.from(orch.SubmitTasks.requestSerialize({ submit: { id: 'd', task: { capability: 'c' } } })))).toBeDefined();
    // A Value with two members, an unknown field, a non-zero null, a wrong wire type.
    for (const bytes of [[0x20, 0x01, 0x20, 0x00], [0x38, 0x01], [0x08, 0x01], [0x12, 0x00], [0x1a, 0x05, 0x61]]) {
      expect(measureRawValue(Buffer.from(bytes), 0, bytes.length), bytes.join(',')).toBeUndefined();
    }
    expect(measureRawValue(Buffer.alloc(0), 0, 0)).toBe(jsonSize({}));
  });

  it('a varint cut by the end of its message is not a Value, whatever bytes follow', () => {
    // bool_value: true with its key written as a two-byte varint (0xa0 0x00 is 0x20), which decoders accept.
    const bytes = Buffer.from([0xa0, 0x00, 0x01]);
    expect(measureRawValue(bytes, 0, 3)).toBe(jsonSize({ kind: 'boolValue', boolValue: true }));
    // The same bytes, with the message ending inside the key: a truncated varint, whatever follows.
    expect(measureRawValue(bytes, 0, 1)).toBeUndefined();
  });
});
