/** The orchestrator's check of a unary result against the capability's declared output schema. */
import { ROOT_CONTEXT, trace, type Span } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/orchestrator/dispatch/check-output.js';
import type { AgentEntry } from '../../src/orchestrator/registry/agent-entry.js';
import { Status } from '../../src/sdk/errors.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';

const SCHEMA = JSON.stringify({ type: 'object', required: ['text'], properties: { text: { type: 'string' } } });
const entry = { instanceId: 'i-1', descriptor: { name: 'weaver', capabilities: [{ name: 'script.weave', outputSchema: SCHEMA }, { name: 'free' }] } } as unknown as AgentEntry;
const response = (output: unknown): Buffer => Buffer.from(loadProtos().agent.troupe.v1.AgentService.service.Execute.responseSerialize({ result: { output: toValue(output as never) } }));

/** A context whose span records the events added to it. */
function recording(): { context: ReturnType<typeof trace.setSpan>; events: [string, unknown][] } {
  const events: [string, unknown][] = [];
  const span = { addEvent: (name: string, attributes: unknown) => events.push([name, attributes]) } as unknown as Span;
  return { context: trace.setSpan(ROOT_CONTEXT, span), events };
}

describe('checkOutput', () => {
  it('passes a matching output, and any output of a capability without a schema', () => {
    const { context, events } = recording();
    checkOutput(entry, 'script.weave', response({ text: 'hi' }), context);
    checkOutput(entry, 'free', response(42), context);
    expect(events).toEqual([]);
  });

  it('fails a mismatch with INTERNAL, retryable, naming the agent, and records it on the span', () => {
    const { context, events } = recording();
    let error: unknown;
    try {
      checkOutput(entry, 'script.weave', response({ words: 3 }), context);
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: Status.INTERNAL, retryable: true, message: expect.stringContaining('the output of "script.weave" from weaver (i-1) does not match its declared output schema: ') });
    expect(events).toEqual([['troupe.output.contract_violated', { 'troupe.capability': 'script.weave', 'troupe.output.violation': expect.stringContaining('text') }]]);
  });
});
