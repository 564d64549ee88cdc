/** Workflow definitions: parsing JSON/YAML, validation (every problem, where it is), compilation. */
import { describe, expect, it } from 'vitest';
import {
  DefinitionError,
  loadDefinition,
  parseDefinitionText,
  validateDefinition,
  type CompiledWorkflow,
} from '../../src/orchestrator/workflow/definition/index.js';

const PODCAST_YAML = `
name: full-podcast
description: Harvest, weave, forge
input:
  required: [topic]
steps:
  - id: harvest
    capability: web.harvest
    input: { topic: "\${input.topic}", pages: 3 }
    timeout_ms: 30000
    retry: { max_attempts: 3, initial_backoff_ms: 200, max_backoff_ms: 5000, multiplier: 2 }
  - id: weave
    capability: script.weave
    depends_on: [harvest]
    input: { text: "\${steps.harvest.output.text}" }
    fallback: { capability: script.simple }
  - id: snippets
    capability: snippet.craft
    depends_on: [weave]
    for_each: "\${steps.weave.output.topics}"
    concurrency: 4
    input: { topic: "\${item}" }
    continue_on: any
  - id: forge
    capability: tts.synthesize
    depends_on: [weave]
    when: "\${steps.weave.output.segments != null && length(steps.weave.output.segments) > 0}"
    stream: true
    input: { text: "\${steps.weave.output.script}" }
output: { audio_ms: "\${steps.forge.output.audioMs}", snippets: "\${steps.snippets.output}" }
`;
const KNOWN = new Set(['web.harvest', 'script.weave', 'script.simple', 'snippet.craft', 'tts.synthesize']);

type Raw = Record<string, unknown>;
const step = (id: string, extra: Raw = {}): Raw => ({ id, capability: 'echo.say', ...extra });
const wf = (steps: Raw[], extra: Raw = {}): Raw => ({ name: 'wf', steps, ...extra });

function problemsOf(raw: unknown, knownCapabilities?: ReadonlySet<string>): string[] {
  const result = validateDefinition(raw, { knownCapabilities });
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.problems;
}

function compiled(raw: unknown): CompiledWorkflow {
  const result = validateDefinition(raw);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.definition;
}

describe('parseDefinitionText', () => {
  it('reads YAML and JSON to the same data', () => {
    const fromYaml = parseDefinitionText(PODCAST_YAML);
    const fromJson = parseDefinitionText(JSON.stringify(fromYaml, null, 2));
    expect(fromJson).toEqual(fromYaml);
    expect((fromYaml as Raw).name).toBe('full-podcast');
  });

  it('names the line and column of a YAML syntax error', () => {
    const err = catchError(() => parseDefinitionText('name: a\nsteps:\n  - id: x\n   capability: y\n'));
    expect(err.problems[0]).toMatch(/^syntax error at line 4, column 1: .* \(in "capability: y"\)$/);
  });

  it('quotes 60 characters of a long line around the error, marking the cuts with …', () => {
    const line = `steps: [${'aa, '.repeat(30)}} ${'bb, '.repeat(30)}]`;
    const problem = catchError(() => parseDefinitionText(`name: a\n${line}\n`)).problems[0] ?? '';
    const quote = /\(in "(.*)"\)$/.exec(problem)?.[1] ?? '';
    expect(quote).toMatch(/^….*} bb.*…$/);
    expect(quote.length).toBe(62);
  });

  it('names the line of a JSON syntax error and refuses duplicate keys and empty text', () => {
    expect(catchError(() => parseDefinitionText('{\n  "name": "a",\n  "steps": [}\n')).problems[0]).toContain('line 3');
    expect(catchError(() => parseDefinitionText('name: a\nname: b\n')).problems[0]).toContain('line 2, column 1: Map keys must be unique');
    expect(catchError(() => parseDefinitionText('  \n')).problems).toEqual(['definition: the text is empty']);
  });

  function catchError(fn: () => unknown): DefinitionError {
    try {
      fn();
    } catch (err) {
      expect(DefinitionError.is(err)).toBe(true);
      return err as DefinitionError;
    }
    throw new Error('no error');
  }
});

describe('a valid definition', () => {
  it('compiles the documented example with defaults resolved', () => {
    const w = loadDefinition(PODCAST_YAML, { knownCapabilities: KNOWN });
    expect(w.name).toBe('full-podcast');
    expect(w.requiredInput).toEqual(['topic']);
    expect(w.steps.map((s) => s.id)).toEqual(['harvest', 'weave', 'snippets', 'forge']);
    expect(w.roots).toEqual(['harvest']);
    expect(w.dependents.get('weave')).toEqual(['snippets', 'forge']);
    const [harvest, weave, snippets, forge] = w.steps;
    expect(harvest).toMatchObject({ timeoutMs: 30000, retry: { maxAttempts: 3, initialBackoffMs: 200, maxBackoffMs: 5000, multiplier: 2 } });
    expect(weave).toMatchObject({ retry: { maxAttempts: 1 }, timeoutMs: undefined, continueOn: 'success', stream: false });
    expect(weave?.fallback?.capability).toBe('script.simple');
    expect(snippets).toMatchObject({ concurrency: 4, continueOn: 'any' });
    expect(forge).toMatchObject({ stream: true });
    expect([...(forge?.when?.steps ?? [])]).toEqual(['weave']);
    expect(harvest?.input.evaluate({ input: { topic: 'whales' } })).toEqual({ topic: 'whales', pages: 3 });
  });

  it('fills a retry policy\'s missing backoffs so that they stay in order', () => {
    const w = compiled(wf([
      step('small', { retry: { max_attempts: 3, max_backoff_ms: 50 } }), // below the 200 ms default initial
      step('large', { retry: { max_attempts: 3, initial_backoff_ms: 9000 } }), // above the 5 s default ceiling
      step('plain', { retry: { max_attempts: 2 } }),
    ]));
    expect(w.steps.map((s) => [s.id, s.retry.initialBackoffMs, s.retry.maxBackoffMs])).toEqual([
      ['small', 50, 50],
      ['large', 9000, 9000],
      ['plain', 200, 5000],
    ]);
  });

  it('orders steps topologically, ties in written order', () => {
    const w = compiled(wf([step('d', { depends_on: ['b', 'c'] }), step('c', { depends_on: ['a'] }), step('b', { depends_on: ['a'] }), step('a')]));
    expect(w.steps.map((s) => s.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(w.steps.map((s) => s.index)).toEqual([3, 1, 2, 0]);
  });

  it('lets a step read transitive dependencies', () => {
    const w = compiled(wf([step('a'), step('b', { depends_on: ['a'] }), step('c', { depends_on: ['b'], input: '${steps.a.output}' })]));
    expect(w.steps).toHaveLength(3);
  });
});

describe('problems', () => {
  it('refuses a definition that is not an object', () => {
    expect(problemsOf(null)).toEqual(['definition: must be an object with name and steps (got null)']);
    expect(problemsOf([])).toEqual(['definition: must be an object with name and steps (got a list)']);
  });

  it('reports shape errors and unknown keys, naming the key', () => {
    expect(problemsOf({ name: 'Bad Name', stepz: [] })).toEqual([
      'name: must match ^[a-z0-9][a-z0-9._-]{0,62}$ (got "Bad Name")',
      'steps: is required',
      'stepz: unknown key (did you mean "steps"?)',
    ]);
    const noSteps = problemsOf({ name: 'a', steps: [] });
    expect(noSteps).toEqual(['steps: must have at least one step']);
    const p2 = problemsOf(wf([{ id: 'a', capability: 'x', dependson: [], extra: 1, retry: { attempts: 2 } }]));
    expect(p2).toContain('steps[0].dependson: unknown key (did you mean "depends_on"?)');
    expect(p2.find((p) => p.startsWith('steps[0].extra: unknown key (allowed: id, capability'))).toBeDefined();
    expect(p2.find((p) => p.startsWith('steps[0].retry.attempts: unknown key'))).toBeDefined();
  });

  it('reports missing and mistyped fields', () => {
    const problems = problemsOf(wf([{ id: 7 }, { id: 'b', capability: 'x', continue_on: 'always', stream: 'yes', when: 3 }]));
    expect(problems).toContain('steps[0].id: must be a step id (got 7)');
    expect(problems).toContain('steps[0].capability: is required (or wait_for_signal, for a step that waits for SignalRun; or workflow, for a step that starts a child run)');
    expect(problems).toContain('steps[1].continue_on: must be "success" or "any" (got "always")');
    expect(problems).toContain('steps[1].stream: must be true or false (got "yes")');
    expect(problems.some((p) => p.startsWith('steps[1].when: must be an expression'))).toBe(true);
  });

  it('names what is wrong in input.required', () => {
    expect(problemsOf({ ...wf([{ id: 'a', capability: 'x' }]), input: { required: [7] } })).toEqual(['input.required[0]: must be a field name (got 7)']);
    expect(problemsOf({ ...wf([{ id: 'a', capability: 'x' }]), input: { required: 'topic' } })).toEqual(['input.required: must be a list of field names (got "topic")']);
  });

  it('names what is wrong in an on_failure use: JSON only', () => {
    const problems = validateDefinition(parseDefinitionText('name: a\nsteps:\n  - { id: a, capability: x, on_failure: { use: .nan } }\n'));
    expect(problems.ok ? [] : problems.problems).toEqual(['steps[0].on_failure.use: must be JSON (null, true/false, a number, a string, a list or an object)']);
  });

  it('checks numeric ranges', () => {
    const problems = problemsOf(
      wf([
        step('a', { timeout_ms: 0, retry: { max_attempts: 21, multiplier: 0.5 } }),
        step('b', { timeout_ms: 86_400_001, for_each: [1], concurrency: 1001 }),
        step('c', { retry: { initial_backoff_ms: 5000, max_backoff_ms: 100 } }),
        step('d', { concurrency: 2, timeout_ms: 1.5 }),
      ]),
    );
    expect(problems).toEqual([
      'steps[0].timeout_ms: must be a whole number from 1 to 86400000 (got 0)',
      'steps[0].retry.max_attempts: must be a whole number from 1 to 20 (got 21)',
      'steps[0].retry.multiplier: must be a number from 1 to 10 (got 0.5)',
      'steps[1].concurrency: must be a whole number from 1 to 1000 (got 1001)',
      'steps[1].timeout_ms: must be a whole number from 1 to 86400000 (got 86400001)',
      'steps[2].retry.max_backoff_ms: max_backoff_ms must not be less than initial_backoff_ms',
      'steps[3].timeout_ms: must be a whole number from 1 to 86400000 (got 1.5)',
      'steps[3].concurrency: only applies to a step with for_each',
    ]);
  });

  it('reports duplicate ids, unknown and repeated dependencies, self-dependency', () => {
    const problems = problemsOf(
      wf([step('harvest'), step('weave'), step('forge', { depends_on: ['wave', 'forge', 'weave', 'weave'] }), step('harvest')]),
    );
    expect(problems).toEqual([
      'steps[2].depends_on: unknown step "wave" (did you mean "weave"?)',
      'steps[2].depends_on: step "forge" depends on itself',
      'steps[2].depends_on: "weave" is listed twice',
      'steps[3].id: duplicate step id "harvest" (first used by steps[0])',
    ]);
  });

  it('does not call a step with a shape error unknown', () => {
    const problems = problemsOf(wf([{ id: 'a', capability: 'BAD' }, step('b', { depends_on: ['a'] })]));
    expect(problems).toEqual(['steps[0].capability: must match ^[a-z0-9][a-z0-9._-]{0,62}$ (got "BAD")']);
  });

  it('names each distinct cycle once, in flow order from its earliest step', () => {
    const problems = problemsOf(
      wf([
        step('a', { depends_on: ['c'] }),
        step('b', { depends_on: ['a'] }),
        step('c', { depends_on: ['b'] }),
        step('x', { depends_on: ['y'] }),
        step('y', { depends_on: ['x'] }),
        step('z', { depends_on: ['a'] }),
      ]),
    );
    expect(problems).toEqual(['cycle: a → b → c → a', 'cycle: x → y → x']);
  });

  it('reports bad expressions with the step and field', () => {
    const problems = problemsOf(
      wf([
        step('a', { input: { t: '${input.topic +}', u: ['ok', '${lenght(x)}'] }, when: '${(1}', for_each: '${a b}' }),
        step('b', { when: 'true' }),
      ], { output: { x: '${)}' } }),
    );
    expect(problems).toEqual([
      'steps[0].input.t: unexpected end of expression at column 14 in "input.topic +"; expected a value',
      'steps[0].input.u[1]: unknown function \'lenght\' at column 1 in "lenght(x)"; did you mean "length"?',
      "steps[0].when: unexpected end of expression at column 3 in \"(1\"; expected ')' to close the '('",
      "steps[0].for_each: unexpected 'b' at column 3 in \"a b\"; expected an operator or the end of the expression",
      'steps[1].when: must be a single expression, such as "${steps.a.output.ok}" (got "true")',
      "output.x: unexpected ')' at column 1 in \")\"; expected a value",
    ]);
  });

  it('wants a for_each given as text to be one expression, and takes a literal list as it is', () => {
    const problems = problemsOf(wf([step('a', { for_each: 'topics: ${input.topics}' })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^steps\[0\]\.for_each: must be a single expression/);
    expect(compiled(wf([step('b', { for_each: ['x', '${input.y}'], input: '${item}' })])).steps).toHaveLength(1);
  });

  it('says what a workflow name must be', () => {
    expect(problemsOf({ name: 5, steps: [step('a')] })).toEqual(['name: must be a workflow name (got 5)']);
    expect(problemsOf({ name: 'Bad Name', steps: [step('a')] })[0]).toMatch(/^name: must match /);
  });

  it('shows what a retry policy looks like when a step gives something else', () => {
    expect(problemsOf(wf([step('a', { retry: 3 })]))).toEqual(['steps[0].retry: must be an object such as { max_attempts: 3 } (got 3)']);
  });

  it('names the roots an expression may start with when an unknown name is near none of them', () => {
    expect(problemsOf(wf([step('a', { input: '${quux.topic}' })]))).toEqual([
      'steps[0].input: unknown name \'quux\' at column 1 in "quux.topic"; names start with input, steps, run, item, index',
    ]);
  });

  it('refuses references to steps that are not dependencies, unknown names and item outside for_each', () => {
    const problems = problemsOf(
      wf(
        [
          step('harvest'),
          step('weave', { depends_on: ['harvest'], input: { a: '${steps.harvest.output}', b: '${steps.forge.output}' } }),
          step('forge', { depends_on: ['weave'], input: '${inpt.topic} ${item} ${index}', when: '${steps.snippets.output != null}' }),
          step('snippets', { input: '${steps.forge.output} ${steps.weave.output} ${steps.forg.output} ${steps.snippets.output}' }),
          step('fan', { for_each: '${item}', fallback: { capability: 'x', input: '${item}' }, input: { i: '${index}' } }),
        ],
        { output: { o: '${steps.snippet.output} ${item} ${steps[run.id]}' } },
      ),
    );
    expect(problems).toEqual([
      'steps[1].input: refers to steps.forge, which is not among its dependencies (add it to depends_on)',
      'steps[2].input: unknown name \'inpt\' at column 1 in "inpt.topic"; did you mean "input"?',
      'steps[2].input: item is only defined in a for_each step (add for_each to the step), in "item"',
      'steps[2].input: index is only defined in a for_each step (add for_each to the step), in "index"',
      'steps[2].when: refers to steps.snippets, which is not among its dependencies (add it to depends_on)',
      'steps[3].input: refers to steps.forge, which is not among its dependencies (add it to depends_on)',
      'steps[3].input: refers to steps.weave, which is not among its dependencies (add it to depends_on)',
      'steps[3].input: refers to steps.forg, which is not a step (did you mean "forge"?)',
      'steps[3].input: refers to steps.snippets, its own step',
      'steps[4].for_each: item is only defined in a for_each step (the for_each list itself cannot use it), in "item"',
      'output: refers to steps.snippet, which is not a step (did you mean "snippets"?)',
      'output.o: item is only defined in a for_each step (add for_each to the step), in "item"',
      'output.o: steps must be followed by a step id, as in steps.harvest.output at column 1 in "steps[run.id]"',
    ]);
  });

  it('refuses unknown capabilities, fallbacks included, listing the known ones', () => {
    const problems = problemsOf(
      wf([step('a', { capability: 'web.harvst' }), step('b', { capability: 'script.weave', fallback: { capability: 'voice.simple' } })]),
      KNOWN,
    );
    const known = 'known: script.simple, script.weave, snippet.craft, tts.synthesize, web.harvest';
    expect(problems).toEqual([
      `steps[0].capability: unknown capability "web.harvst" (did you mean "web.harvest"? ${known})`,
      `steps[1].fallback.capability: unknown capability "voice.simple" (${known})`,
    ]);
    expect(problemsOf(wf([step('a')]), new Set())).toEqual(['steps[0].capability: unknown capability "echo.say" (no capability is known yet)']);
  });

  it('lists several kinds of problem at once', () => {
    const problems = problemsOf(
      {
        name: 'ok',
        extra: true,
        steps: [
          step('a', { depends_on: ['b'], timeout_ms: -1, input: '${steps.c.output}' }),
          step('b', { depends_on: ['a'], capability: 'nope' }),
          step('c', { depends_on: ['ghost'] }),
        ],
      },
      new Set(['echo.say']),
    );
    expect(problems).toEqual([
      'extra: unknown key (allowed: name, description, input, steps, output, max_concurrent_runs, on_dead_letter, concurrency, triggers)',
      'steps[0].timeout_ms: must be a whole number from 1 to 86400000 (got -1)',
      'steps[2].depends_on: unknown step "ghost"',
      'cycle: a → b → a',
      'steps[0].input: refers to steps.c, which is not among its dependencies (add it to depends_on)',
      'steps[1].capability: unknown capability "nope" (known: echo.say)',
    ]);
  });

  it('loadDefinition throws a DefinitionError (INVALID_ARGUMENT) with every problem', () => {
    try {
      loadDefinition({ name: 'w', steps: [step('a', { depends_on: ['a'] }), step('a')] });
      throw new Error('accepted');
    } catch (err) {
      expect(DefinitionError.is(err)).toBe(true);
      const e = err as DefinitionError;
      expect(e.code).toBe(3);
      expect(e.problems).toHaveLength(2);
      expect(e.message).toMatch(/^invalid workflow "w":\n {2}- steps\[0\]\.depends_on/);
    }
  });
});
