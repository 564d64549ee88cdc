// What an agent sends for what its handler returned (plain JSON, or a taskResult with bytes,
// metrics and warnings), and which error it reports for a handler that failed.
import { describe, expect, it } from 'vitest';
import { failureOf, toWireResult } from '../../src/sdk/agent/results.js';
import { taskResult } from '../../src/sdk/agent/types.js';
import { Status, TroupeError, UnavailableError } from '../../src/sdk/errors.js';

describe('toWireResult', () => {
  it('sends plain JSON as the output, with no bytes, metrics or warnings', () => {
    expect(toWireResult({ text: 'hi' })).toEqual({ output: { structValue: { fields: { text: { stringValue: 'hi' } } } }, data: Buffer.alloc(0), contentType: '', metrics: {}, warnings: [] });
    expect(toWireResult(undefined).output).toEqual({ nullValue: 'NULL_VALUE' });
  });

  it('sends every part of a taskResult, only the bytes of its view of the buffer', () => {
    const buffer = new Uint8Array([9, 1, 2, 3, 9]);
    const metrics = { audio_ms: 40 };
    const warnings = ['slow voice'];
    const wire = toWireResult(taskResult({ output: 'ok', data: buffer.subarray(1, 4), contentType: 'audio/wav', metrics, warnings }));
    expect(wire).toEqual({ output: { stringValue: 'ok' }, data: Buffer.from([1, 2, 3]), contentType: 'audio/wav', metrics: { audio_ms: 40 }, warnings: ['slow voice'] });
    expect(wire.metrics).not.toBe(metrics);
    expect(wire.warnings).not.toBe(warnings);
  });

  it('fills in what a taskResult leaves out', () => {
    expect(toWireResult(taskResult({}))).toEqual({ output: { nullValue: 'NULL_VALUE' }, data: Buffer.alloc(0), contentType: '', metrics: {}, warnings: [] });
  });

  it('refuses output that is not JSON with INTERNAL, saying where', () => {
    let caught: unknown;
    try {
      toWireResult({ at: Number.NaN });
    } catch (err) {
      caught = err;
    }
    expect(TroupeError.is(caught)).toBe(true);
    expect(caught).toMatchObject({ code: Status.INTERNAL, message: 'the handler returned output that is not JSON: $.at is NaN, which JSON cannot carry' });
  });
});

describe('failureOf', () => {
  const thrown = new Error('socket hang up');

  it('reports what the handler threw while the task still runs', () => {
    expect(failureOf(thrown, new AbortController().signal)).toBe(thrown);
  });

  it('reports the reason the task was aborted (cancel, deadline, shutdown) over what the handler threw', () => {
    const reason = new UnavailableError('agent shutting down');
    expect(failureOf(thrown, AbortSignal.abort(reason))).toBe(reason);
  });

  it('keeps what the handler threw when the abort reason is not a Troupe error', () => {
    expect(failureOf(thrown, AbortSignal.abort(new Error('plain')))).toBe(thrown);
  });
});
