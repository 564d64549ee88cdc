// defineAgent: what it fills in, what it refuses (each refusal naming the bad property), and
// the descriptor an instance announces from it.
import { describe, expect, it } from 'vitest';
import { AgentDefinitionError, defineAgent, isAgentDefinition, type AgentSpec } from '../../src/sdk/agent/define-agent.js';
import { describe as describeInstance } from '../../src/sdk/agent/runtime.js';
import type { StreamEvent } from '../../src/sdk/agent/types.js';
import type { Json } from '../../src/sdk/grpc/struct.js';

const say = (input: Json): Json => input;
async function* count(): AsyncGenerator<StreamEvent, Json, void> {
  for (let i = 0; i < 3; i++) yield { type: 'chunk', data: new Uint8Array([i]), contentType: 'text/plain' };
  return 3;
}
const DAY_MS = 86_400_000;

/** A valid spec of one unary capability `echo.say`, with `patch` over it. */
const spec = (patch: Partial<AgentSpec> = {}): AgentSpec => ({ name: 'echo', version: '1.0.0', capabilities: [{ name: 'echo.say' }], handlers: { 'echo.say': say }, ...patch });
const streamingSpec = (cap: Partial<AgentSpec['capabilities'][number]>): AgentSpec =>
  spec({ capabilities: [{ name: 'echo.count', streaming: true, ...cap }], handlers: { 'echo.count': count } });

/** The property and message of the AgentDefinitionError `build` throws. */
function refusal(build: () => unknown): { property: string; message: string } {
  try {
    build();
  } catch (err) {
    expect(err).toBeInstanceOf(AgentDefinitionError);
    const { property, message } = err as AgentDefinitionError;
    return { property, message };
  }
  throw new Error('expected an AgentDefinitionError');
}
const refused = (s: unknown) => refusal(() => defineAgent(s as AgentSpec));

describe('defineAgent', () => {
  it('fills in the defaults of the agent and of each capability', () => {
    const def = defineAgent(spec({ capabilities: [{ name: 'echo.say' }, { name: 'echo.count', streaming: true, deterministic: true }], handlers: { 'echo.say': say, 'echo.count': count } }));
    expect(def).toMatchObject({ kind: 'troupe.agent', name: 'echo', version: '1.0.0', description: '', maxConcurrency: 16, costPerCall: 0, labels: {} });
    expect(def.capabilities).toEqual([
      { name: 'echo.say', version: '1.0.0', description: '', inputTypes: ['application/json'], outputTypes: ['application/json'], streaming: false, deterministic: false, resumable: false, outputSchema: '' },
      { name: 'echo.count', version: '1.0.0', description: '', inputTypes: ['application/json'], outputTypes: ['application/json'], streaming: true, deterministic: true, resumable: true, outputSchema: '' },
    ]);
    expect([...def.unary.keys()]).toEqual(['echo.say']);
    expect([...def.streaming.keys()]).toEqual(['echo.count']);
    expect(def.caching.size).toBe(0);
    expect(Object.isFrozen(def) && Object.isFrozen(def.labels) && Object.isFrozen(def.capabilities) && Object.isFrozen(def.capabilities[0])).toBe(true);
    expect(isAgentDefinition(def)).toBe(true);
    expect(isAgentDefinition({ ...spec(), kind: 'other' })).toBe(false);
    expect(isAgentDefinition(null)).toBe(false);
    expect(isAgentDefinition(Object.assign(() => def, { kind: 'troupe.agent' }))).toBe(false);
  });

  it('keeps what the author gave, copying the lists and labels', () => {
    const labels = { region: 'eu' };
    const inputTypes = ['text/plain'];
    const def = defineAgent(
      spec({
        description: 'repeats',
        maxConcurrency: 100_000,
        costPerCall: 2.5,
        labels,
        capabilities: [{ name: 'echo.say', version: '2.1.0-rc.1', description: 'says it', inputTypes, outputTypes: ['audio/wav'], cacheByIdempotencyKey: { ttlMs: 30 * DAY_MS } }],
      }),
    );
    expect(def).toMatchObject({ description: 'repeats', maxConcurrency: 100_000, costPerCall: 2.5, labels: { region: 'eu' } });
    expect(def.labels).not.toBe(labels);
    expect(def.capabilities[0]).toMatchObject({ version: '2.1.0-rc.1', description: 'says it', inputTypes: ['text/plain'], outputTypes: ['audio/wav'] });
    expect(def.capabilities[0]?.inputTypes).not.toBe(inputTypes);
    expect(def.caching.get('echo.say')).toEqual({ ttlMs: 30 * DAY_MS });
    expect(Object.isFrozen(def.caching.get('echo.say'))).toBe(true);
    expect(defineAgent(spec({ capabilities: [{ name: 'echo.say', cacheByIdempotencyKey: { ttlMs: 1 } }] })).caching.get('echo.say')).toEqual({ ttlMs: 1 });
  });

  it('refuses a bad name, version, concurrency or cost, naming the property', () => {
    expect(refused(null)).toEqual({ property: 'spec', message: 'invalid agent definition: spec: expected an object' });
    expect(refused('echo').property).toBe('spec');
    expect(refused({ ...spec(), name: undefined }).property).toBe('name');
    expect(refused(spec({ name: 'Echo' }))).toEqual({ property: 'name', message: `invalid agent definition: name: "Echo" must match /^[a-z0-9][a-z0-9._-]{0,62}$/` });
    expect(refused(spec({ name: 'e'.repeat(64) })).property).toBe('name');
    expect(defineAgent(spec({ name: 'e'.repeat(63) })).name).toHaveLength(63);
    expect(refused(spec({ version: '1.0' }))).toEqual({ property: 'version', message: 'invalid agent definition: version: "1.0" is not a semantic version like 1.0.0' });
    for (const maxConcurrency of [0, 1.5, 100_001]) {
      expect(refused(spec({ maxConcurrency }))).toEqual({ property: 'maxConcurrency', message: `invalid agent definition: maxConcurrency: ${maxConcurrency} must be an integer from 1 to 100000` });
    }
    expect(defineAgent(spec({ maxConcurrency: 1 })).maxConcurrency).toBe(1);
    for (const costPerCall of [-0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refused(spec({ costPerCall }))).toEqual({ property: 'costPerCall', message: 'invalid agent definition: costPerCall: must be a non-negative number' });
    }
  });

  it('refuses a capability list that is missing, empty, badly named or declared twice', () => {
    const none = { property: 'capabilities', message: 'invalid agent definition: capabilities: declare at least one capability' };
    expect(refused({ name: 'echo', version: '1.0.0', handlers: {} })).toEqual(none);
    expect(refused(spec({ capabilities: [] }))).toEqual(none);
    expect(refused(spec({ capabilities: [{ name: 'Echo.Say' }] })).property).toBe('capabilities[0].name');
    expect(refused(spec({ capabilities: [null as never] })).property).toBe('capabilities[0].name');
    expect(refused(spec({ capabilities: [{ name: 'echo.say' }, { name: 'echo.say' }] }))).toEqual({
      property: 'capabilities[1].name',
      message: 'invalid agent definition: capabilities[1].name: "echo.say" is declared twice',
    });
    expect(refused(spec({ capabilities: [{ name: 'echo.say', version: 'v2' }] }))).toEqual({
      property: 'capabilities[0].version',
      message: 'invalid agent definition: capabilities[0].version: "v2" is not a semantic version like 2.1.0',
    });
  });

  it('refuses a handler that is missing, of the wrong kind, or for no capability', () => {
    expect(refused(spec({ handlers: {} }))).toEqual({ property: 'handlers["echo.say"]', message: 'invalid agent definition: handlers["echo.say"]: missing handler function' });
    expect(refused(spec({ handlers: { 'echo.say': say, 'echo.other': say } }))).toEqual({
      property: 'handlers["echo.other"]',
      message: 'invalid agent definition: handlers["echo.other"]: no capability declares it',
    });
    expect(refused(spec({ capabilities: [{ name: 'echo.say', streaming: true }] }))).toEqual({
      property: 'handlers["echo.say"]',
      message: 'invalid agent definition: handlers["echo.say"]: a streaming capability needs an `async function*` handler',
    });
    expect(refused(spec({ handlers: { 'echo.say': count } }))).toEqual({
      property: 'capabilities[0].streaming',
      message: 'invalid agent definition: capabilities[0].streaming: "echo.say" has a generator handler; set streaming: true',
    });
  });

  it('lets only streaming capabilities be deterministic or resumable, and resumes only deterministic output itself', () => {
    const unaryOnly = 'only a streaming capability can be deterministic or resumable';
    expect(refused(spec({ capabilities: [{ name: 'echo.say', deterministic: true }] }))).toEqual({
      property: 'capabilities[0].deterministic',
      message: `invalid agent definition: capabilities[0].deterministic: ${unaryOnly}`,
    });
    expect(refused(spec({ capabilities: [{ name: 'echo.say', deterministic: true, resumable: false }] })).property).toBe('capabilities[0].deterministic');
    expect(refused(spec({ capabilities: [{ name: 'echo.say', resumable: 'handler' }] }))).toEqual({
      property: 'capabilities[0].resumable',
      message: `invalid agent definition: capabilities[0].resumable: ${unaryOnly}`,
    });
    expect(refused(streamingSpec({ resumable: true }))).toEqual({
      property: 'capabilities[0].resumable',
      message: "invalid agent definition: capabilities[0].resumable: the SDK resumes only deterministic output: set deterministic: true, or resumable: 'handler' to resume in the handler",
    });
    expect(refused(streamingSpec({ resumable: 'maybe' as never }))).toEqual({
      property: 'capabilities[0].resumable',
      message: "invalid agent definition: capabilities[0].resumable: must be true, false or 'handler'",
    });
    expect(defineAgent(streamingSpec({ resumable: 'handler' })).capabilities[0]).toMatchObject({ deterministic: false, resumable: 'handler' });
    expect(defineAgent(streamingSpec({ deterministic: true, resumable: false })).capabilities[0]).toMatchObject({ deterministic: true, resumable: false });
    expect(defineAgent(streamingSpec({})).capabilities[0]).toMatchObject({ deterministic: false, resumable: false });
  });

  it('caches only unary capabilities, for 1 ms to 30 days', () => {
    expect(refused(streamingSpec({ cacheByIdempotencyKey: { ttlMs: 1000 } }))).toEqual({
      property: 'capabilities[0].cacheByIdempotencyKey',
      message: 'invalid agent definition: capabilities[0].cacheByIdempotencyKey: streaming capabilities cannot be cached (yet)',
    });
    for (const ttlMs of [0, 1.5, 30 * DAY_MS + 1, undefined]) {
      expect(refused(spec({ capabilities: [{ name: 'echo.say', cacheByIdempotencyKey: { ttlMs } as never }] }))).toEqual({
        property: 'capabilities[0].cacheByIdempotencyKey.ttlMs',
        message: `invalid agent definition: capabilities[0].cacheByIdempotencyKey.ttlMs: ${String(ttlMs)} must be an integer from 1 to 2592000000 (30 days)`,
      });
    }
    expect(refused(spec({ capabilities: [{ name: 'echo.say', cacheByIdempotencyKey: null as never }] })).property).toBe('capabilities[0].cacheByIdempotencyKey.ttlMs');
  });

  it('takes an output schema on unary capabilities only, as its JSON text', () => {
    const schema = { type: 'object', required: ['text'] };
    expect(defineAgent(spec({ capabilities: [{ name: 'echo.say', outputSchema: schema }] })).capabilities[0]?.outputSchema).toBe(JSON.stringify(schema));
    expect(refused(streamingSpec({ outputSchema: schema })).property).toBe('capabilities[0].outputSchema');
    for (const bad of [[], 'object', null]) {
      expect(refused(spec({ capabilities: [{ name: 'echo.say', outputSchema: bad as never }] }))).toEqual({
        property: 'capabilities[0].outputSchema',
        message: 'invalid agent definition: capabilities[0].outputSchema: must be a JSON Schema object, e.g. { type: "object", required: ["text"] }',
      });
    }
    expect(refused(spec({ capabilities: [{ name: 'echo.say', outputSchema: { type: 'nonsense' } }] })).property).toBe('capabilities[0].outputSchema');
  });
});

describe('the descriptor an instance announces', () => {
  it('carries the definition, with resumable as a yes or no and labels copied', () => {
    const def = defineAgent(
      spec({
        labels: { region: 'eu' },
        costPerCall: 1,
        capabilities: [{ name: 'echo.say' }, { name: 'echo.count', streaming: true, resumable: 'handler' }],
        handlers: { 'echo.say': say, 'echo.count': count },
      }),
    );
    const descriptor = describeInstance(def, 'echo-1');
    expect(descriptor).toMatchObject({ name: 'echo', version: '1.0.0', instanceId: 'echo-1', maxConcurrency: 16, costPerCall: 1, labels: { region: 'eu' }, supportsChannel: true });
    expect(descriptor.labels).not.toBe(def.labels);
    expect(descriptor.capabilities?.map((c) => [c.name, c.resumable])).toEqual([
      ['echo.say', false],
      ['echo.count', true],
    ]);
  });
});
