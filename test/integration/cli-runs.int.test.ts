import { EventEmitter, once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDE_CURSOR, SHOW_CURSOR } from '../../src/cli/live-view.js';
import { main } from '../../src/cli/main.js';
import { defineAgent, UnavailableError } from '../../src/sdk/index.js';
import { startCluster, type TestCluster } from '../helpers/cluster.js';
import { parseWav } from '../helpers/parse-wav.js';

const PCM = 'audio/L16;rate=8000;channels=1;endian=little';

/** A write target that records text, lets a test wait for a pattern, and may pose as a terminal. */
function capture(tty = false) {
  let text = '';
  const waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  return {
    isTTY: tty,
    columns: 100,
    write(s: string) {
      text += s;
      for (const w of [...waiters]) {
        const m = text.match(w.re);
        if (!m) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
      return true;
    },
    get text() {
      return text;
    },
    waitFor(re: RegExp): Promise<RegExpMatchArray> {
      const m = text.match(re);
      return m ? Promise.resolve(m) : new Promise((resolve) => waiters.push({ re, resolve }));
    },
  };
}

describe('troupe workflow / run / runs / dlq against a real cluster', () => {
  let cluster: TestCluster;
  let dir: string;
  let instanceId: string;
  const hang = new EventEmitter();
  const flakyCalls = new Map<string, number>();

  beforeAll(async () => {
    cluster = await startCluster();
    dir = await mkdtemp(join(tmpdir(), 'troupe-cli-runs-'));
    const agent = await cluster.startAgent(
      defineAgent({
        name: 'cli-bench',
        version: '1.0.0',
        maxConcurrency: 16,
        capabilities: [{ name: 'cli.echo' }, { name: 'cli.speak', streaming: true }, { name: 'cli.flaky' }, { name: 'cli.broken' }, { name: 'cli.hang' }],
        handlers: {
          'cli.echo': (input) => input,
          'cli.speak': async function* (input) {
            for (let i = 0; i < 5; i++) yield { type: 'chunk', data: Buffer.alloc(800, i + 1), contentType: PCM, durationMs: 50 };
            return { chunks: 5, text: (input as { text?: string }).text ?? null };
          },
          'cli.flaky': (input) => {
            const key = (input as { key: string }).key;
            const n = (flakyCalls.get(key) ?? 0) + 1;
            flakyCalls.set(key, n);
            if (n === 1) throw new UnavailableError(`flaky failure ${n}`);
            return { attempts: n };
          },
          'cli.broken': () => {
            throw new UnavailableError('always down');
          },
          'cli.hang': async (_input, ctx) => {
            hang.emit('start');
            await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
            return null;
          },
        },
      }),
    );
    instanceId = agent.instanceId;
    await cluster.waitActive(instanceId);
  });
  afterAll(async () => {
    await cluster?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Starts the CLI in-process; the captures can be inspected while it runs. */
  function start(argv: string[], opts: { tty?: boolean; signal?: AbortSignal } = {}) {
    const stdout = capture();
    const stderr = capture(opts.tty);
    const done = main(argv, { stdout, stderr, env: { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress }, ...(opts.signal ? { signal: opts.signal } : {}) });
    return { stdout, stderr, done };
  }

  async function cli(argv: string[], opts: { tty?: boolean } = {}) {
    const r = start(argv, opts);
    const code = await r.done;
    return { code, stdout: r.stdout.text, stderr: r.stderr.text };
  }

  async function register(name: string, yaml: string): Promise<void> {
    const file = join(dir, `${name}.yaml`);
    await writeFile(file, yaml);
    const r = await cli(['workflow', 'register', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }

  const runIdOf = (text: string): string => {
    const m = /run (\S+) started/.exec(text);
    if (!m?.[1]) throw new Error(`no run id in: ${text}`);
    return m[1];
  };

  it('registers a YAML workflow, prints its version, and lists it', async () => {
    const file = join(dir, 'speech.yaml');
    await writeFile(
      file,
      `name: cli-speech
description: Echo, then speak
steps:
  - { id: greet, capability: cli.echo, input: { text: "\${input.text}" } }
  - { id: speak, capability: cli.speak, depends_on: [greet], stream: true, input: { text: "\${steps.greet.output.text}" } }
output: "\${steps.speak.output}"
`,
    );
    expect(await cli(['workflow', 'register', file])).toEqual({ code: 0, stdout: 'registered cli-speech v1\n', stderr: '' });
    expect((await cli(['workflow', 'register', file])).stdout).toBe('registered cli-speech v2\n');
    const list = await cli(['workflows']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^NAME\s+VERSION\s+STEPS\s+REGISTERED\s+DESCRIPTION\n/);
    expect(list.stdout).toMatch(/\ncli-speech\s+v2\s+2\s+\S+s ago\s+Echo, then speak\n/);
    expect(JSON.parse((await cli(['workflow', 'list', '--json'])).stdout)).toContainEqual(expect.objectContaining({ name: 'cli-speech', version: 2 }));
  });

  it('prints every problem of an invalid definition and exits 1', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'name: cli-bad\nsteps:\n  - { id: a, capability: cli.ecko }\n  - { id: b, capability: cli.echo, depends_on: [c] }\n');
    const r = await cli(['workflow', 'register', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^error: INVALID_ARGUMENT: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 2 problems:\n`));
    expect(r.stderr).toMatch(/\n {2}- steps\[0\]\.capability: unknown capability "cli\.ecko" \(did you mean "cli\.echo"\?.*\n/);
    expect(r.stderr).toMatch(/\n {2}- steps\[1\]\.depends_on: unknown step "c".*\n/);
    const missing = await cli(['workflow', 'register', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read '");
  });

  it('reads a .json definition as JSON, so a truncated one gets JSON wording and its position', async () => {
    const file = join(dir, 'cut.json');
    await writeFile(file, '{\n  "name": "cli-cut",\n  "steps": [\n    { "id": "a", "capability": "cli.echo" }\n');
    const r = await cli(['workflow', 'register', file]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    // V8's wording varies between versions ("Unexpected end of JSON input", "Expected ',' or ']' …"); the position is ours.
    expect(r.stderr).toMatch(/^error: \S+cut\.json: not valid JSON: .+ at line (4, column 44|5, column 1)\n$/);
    await writeFile(file, '{\n  "name": "cli-cut"\n  "steps": []\n}\n');
    expect((await cli(['workflow', 'register', file])).stderr).toMatch(/not valid JSON: .* at line 3, column 3\n$/);
  });

  it('runs a workflow with --watch, prints progress lines and writes the streamed audio to a valid WAV', async () => {
    const wav = join(dir, 'speech.wav');
    const r = await cli(['run', 'cli-speech', '--input', '{"text":"hi"}', '--watch', '--out', wav]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ chunks: 5, text: 'hi' });
    // The trace id is shown when the orchestrator traces (not in this in-process test: no OpenTelemetry SDK).
    expect(r.stderr).toMatch(/run \S+ started: cli-speech( · trace [0-9a-f]{32})?\n/);
    expect(r.stderr).toMatch(/greet\s+started: cli\.echo\n/);
    expect(r.stderr).toContain(`greet  attempt 1 on ${instanceId} (cli.echo)\n`);
    expect(r.stderr).toMatch(/greet\s+succeeded after 1 attempt in \S+\n/);
    // Off a terminal a streamed step is one summary line, not one line per chunk (--chunks brings them back).
    expect(r.stderr).not.toContain('chunk #');
    expect(r.stderr).toMatch(/speak\s+streamed 5 chunks · 0\.3 s audio\/L16 · 4\.0 kB\n(.*\n)?\s*\+\S+\s+speak\s+succeeded after 1 attempt/);
    expect(r.stderr).toMatch(/run completed after \S+\n/);
    const chunky = await cli(['run', 'cli-speech', '--input', '{"text":"hi"}', '--watch', '--chunks']);
    expect(chunky.code).toBe(0);
    expect(chunky.stderr).toContain('speak  chunk #4  800 B  audio/L16  50.0 ms\n');
    expect(chunky.stderr).not.toContain('streamed 5 chunks');
    expect(r.stderr).toContain(`wrote 5 chunks (4.0 kB) to ${wav}\n`);
    const parsed = parseWav(await readFile(wav));
    expect(parsed).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16, dataSize: 4000 });
    expect(parsed.data.subarray(3200)).toEqual(Buffer.alloc(800, 5));

    const runId = runIdOf(r.stderr);
    const runs = await cli(['runs', '--workflow', 'cli-speech']);
    expect(runs.code).toBe(0);
    expect(runs.stdout).toMatch(/^RUN\s+WORKFLOW\s+STATUS\s+CREATED\s+DURATION\s+ERROR\n/);
    expect(runs.stdout).toMatch(new RegExp(`\\n${runId}\\s+cli-speech\\s+completed\\s+\\S+s ago\\s+\\S+\\s+-\\n`));

    const show = await cli(['run', 'show', runId]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`run       ${runId}\nworkflow  cli-speech\nstatus    completed\ntrace     `);
    expect(show.stdout).toContain('output    {"chunks":5,"text":"hi"}\n');
    expect(show.stdout).toMatch(new RegExp(`\\ngreet\\s+succeeded\\s+1\\s+${instanceId}\\s+\\S+\\n    attempt 1 on ${instanceId} \\(cli\\.echo\\): succeeded · \\d+ms\\n`));
    expect(show.stdout).toMatch(new RegExp(`\\nspeak\\s+succeeded\\s+1\\s+${instanceId}\\s+`));
    expect(JSON.parse((await cli(['run', 'show', runId, '--json'])).stdout)).toMatchObject({ runId, status: 'completed' });
  });

  it('redraws a step table in place on a terminal', async () => {
    const r = await cli(['run', 'cli-speech', '--input', '{"text":"tty"}', '--watch'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr.startsWith('run ')).toBe(true);
    expect(r.stderr).toContain(HIDE_CURSOR);
    expect(r.stderr.endsWith(SHOW_CURSOR)).toBe(true);
    const lastFrame = r.stderr.slice(r.stderr.lastIndexOf('\x1b[J'));
    expect(lastFrame).toMatch(/cli-speech · completed · \S+\n/);
    expect(lastFrame).toMatch(/STEP\s+STATUS\s+ATTEMPTS\s+AGENT\s+DURATION\s+NOTE\n/);
    expect(lastFrame).toMatch(new RegExp(`speak\\s+succeeded\\s+1\\s+${instanceId}\\s+\\S+\\s+5 chunks · 0\\.3 s audio\\n`));
    expect(r.stderr).not.toMatch(/chunk #/);
  });

  it('shows retries in the progress lines and in the report', async () => {
    await register('cli-flaky', 'name: cli-flaky\nsteps:\n  - { id: f, capability: cli.flaky, input: { key: "${input.key}" }, retry: { max_attempts: 3, initial_backoff_ms: 1 } }\n');
    const r = await cli(['run', 'cli-flaky', '--input', '{"key":"k1"}', '--watch']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`f  attempt 1 failed on ${instanceId}: UNAVAILABLE: flaky failure 1\n`);
    expect(r.stderr).toMatch(/f {2}retrying at \d\d:\d\d:\d\d\.\d{3} \((in \S+|now)\)\n/);
    expect(r.stderr).toMatch(/f {2}succeeded after 2 attempts in \S+\n/);
    const show = await cli(['run', 'show', runIdOf(r.stderr)]);
    expect(show.stdout).toMatch(new RegExp(`\\nf\\s+succeeded\\s+2\\s+${instanceId}\\s+`));
    expect(show.stdout).toContain(`    attempt 1 on ${instanceId} (cli.flaky): failed · UNAVAILABLE · flaky failure 1 · `);
    expect(show.stdout).toContain(`    attempt 2 on ${instanceId} (cli.flaky): succeeded · `);
  });

  it('says items and attempts apart for a for_each step, live and in the report', async () => {
    await register('cli-each', 'name: cli-each\nsteps:\n  - { id: each, capability: cli.echo, for_each: [1, 2, 3], input: { n: "${item}" } }\n');
    const r = await cli(['run', 'cli-each', '--watch']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/each {2}succeeded: 3\/3 items, 3 attempts in \S+\n/);
    expect(r.stderr).not.toMatch(/succeeded after 3 attempts/);
    const show = await cli(['run', 'show', runIdOf(r.stderr)]);
    expect(show.stdout).toMatch(/\neach\s+succeeded\s+3 \(3 items\)\s+/);
  });

  it('exits 1 with the error when a run fails, and lists the dead letter', async () => {
    await register('cli-failing', 'name: cli-failing\nsteps:\n  - { id: x, capability: cli.broken, retry: { max_attempts: 2, initial_backoff_ms: 1 } }\n  - { id: y, capability: cli.echo, depends_on: [x] }\n');
    const r = await cli(['run', 'cli-failing', '--watch']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const runId = runIdOf(r.stderr);
    expect(r.stderr).toContain(`x  task ${runId}.x dead-lettered (troupe dlq --run ${runId})\n`);
    // A plain explanation for people; the technical message is in the report.
    expect(r.stderr).toContain('error: run failed: We couldn\'t run "cli.broken" (step x): the agent doing it could not be reached. Try again in a moment.\n');
    expect(r.stderr).toContain(`details: troupe run show ${runId}\n`);
    const show = await cli(['run', 'show', runId]);
    expect(show.stdout).toContain('problem   We couldn\'t run "cli.broken" (step x): the agent doing it could not be reached. Try again in a moment.\nerror     step x failed: always down\n');
    expect(show.stdout).toMatch(/\ny\s+skipped\s+0\s+-\s+-\s+\S+/);
    const dlq = await cli(['dlq', '--run', runId]);
    expect(dlq.code).toBe(0);
    expect(dlq.stdout).toMatch(/^RUN\s+STEP\s+CAPABILITY\s+ATTEMPTS\s+FAILED AT\s+REASON\n/);
    expect(dlq.stdout).toMatch(new RegExp(`\\n${runId}\\s+x\\s+cli\\.broken\\s+2\\s+\\S+s ago\\s+2 attempt\\(s\\) failed; last: UNAVAILABLE: always down\\n$`));
    expect(JSON.parse((await cli(['dlq', '--json', '--limit', '5'])).stdout)).toContainEqual(expect.objectContaining({ taskId: `${runId}.x`, stepId: 'x' }));
  });

  it('cancels a hanging run; its watcher exits 1 with the reason', async () => {
    await register('cli-hang', 'name: cli-hang\nsteps:\n  - { id: h, capability: cli.hang }\n');
    const handlerStarted = once(hang, 'start');
    const watcher = start(['run', 'cli-hang', '--watch']);
    const [, runId = ''] = await watcher.stderr.waitFor(/run (\S+) started/);
    await handlerStarted;
    const cancel = await cli(['run', 'cancel', runId, '--reason', 'test says stop']);
    expect(cancel).toEqual({ code: 0, stdout: `run ${runId} is cancelled\n`, stderr: '' });
    expect(await watcher.done).toBe(1);
    expect(watcher.stderr.text).toContain('run cancelled after');
    expect(watcher.stderr.text).toContain('error: run cancelled: test says stop\n');
    expect((await cli(['run', 'cancel', runId])).stdout).toBe(`run ${runId} is cancelled\n`);
    expect((await cli(['runs', '--status', 'cancelled'])).stdout).toContain(runId);
    const show = (await cli(['run', 'show', runId])).stdout;
    expect(show).toContain('status    cancelled\n');
    // The step the cancel interrupted is cancelled, with the reason: not failed.
    expect(show).toMatch(/\nh\s+cancelled\s+1\s+\S+\s+\S+\s+run cancelled: test says stop\n/);
  });

  it('stops watching on Ctrl-C (exit 130) and leaves the run going', async () => {
    const handlerStarted = once(hang, 'start');
    const interrupt = new AbortController();
    const watcher = start(['run', 'cli-hang', '--watch'], { signal: interrupt.signal });
    const [, runId = ''] = await watcher.stderr.waitFor(/run (\S+) started/);
    await handlerStarted;
    interrupt.abort();
    expect(await watcher.done).toBe(130);
    expect(watcher.stderr.text).toContain(`stopped watching; run ${runId} goes on (stop it with: troupe run cancel ${runId})\n`);
    expect((await cli(['runs', '--status', 'running'])).stdout).toContain(runId);
    expect((await cli(['run', 'cancel', runId])).code).toBe(0);
  });

  it('prints one JSON object per event with --watch --json', async () => {
    const r = await cli(['run', 'cli-speech', '--input', '{"text":"json"}', '--watch', '--json']);
    expect(r.code).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; stepId: string; detail: Record<string, unknown>; chunk?: { bytes: number } });
    expect(events[0]?.type).toBe('run.started');
    expect(events.filter((e) => e.type === 'chunk').map((e) => e.chunk?.bytes)).toEqual([800, 800, 800, 800, 800]);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', detail: { output: { chunks: 5, text: 'json' } } });
    // --types: only those (a dotted entry is a prefix), e.g. the run's start and its outcome.
    const ends = await cli(['run', 'cli-speech', '--input', '{"text":"end"}', '--watch', '--json', '--types', 'run.']);
    expect(ends.code).toBe(0);
    expect(ends.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['run.started', 'run.completed']);
  });

  it('starts a run without watching and prints its id and trace id', async () => {
    const started = JSON.parse((await cli(['run', 'cli-speech', '--input', '{"text":"bg"}', '--json', '--idempotency-key', 'cli-k1'])).stdout) as { runId: string; traceId: string; existing: boolean };
    expect(started).toMatchObject({ workflow: 'cli-speech', existing: false });
    expect(started.traceId).toMatch(/^[0-9a-f]{32}$/);
    const again = await cli(['run', 'cli-speech', '--input', '{"text":"bg"}', '--idempotency-key', 'cli-k1']);
    expect(again.stdout).toBe(`run ${started.runId} already started (same idempotency key): cli-speech${/^0+$/.test(started.traceId) ? '' : ` · trace ${started.traceId}`}\n`);
  });

  it('reports unknown workflows and runs as NOT_FOUND, and bad flags as usage errors', async () => {
    const nope = await cli(['run', 'nope']);
    expect(nope.code).toBe(1);
    expect(nope.stderr).toMatch(/^error: NOT_FOUND: no workflow "nope" is registered; registered: .*cli-speech/);
    const noRun = await cli(['run', 'show', 'no-such-run']);
    expect(noRun.code).toBe(1);
    expect(noRun.stderr).toContain('error: NOT_FOUND: no run "no-such-run"');
    for (const [argv, flag] of [
      [['run', 'cli-speech', '--priority', '9'], '--priority'],
      [['run', 'cli-speech', '--out', 'x.wav'], '--out'],
      [['run', 'cli-speech', '--watch', '--types', 'run.'], '--types needs --watch --json'],
      [['run', 'cli-speech', '--watch', '--json', '--types', ','], '--types needs event types'],
      [['run', 'cli-speech', '--watch', '--json', '--types', 'run.,Run.Done'], '--types: types entry "Run.Done" is not an event type'],
      [['run', 'cli-speech', '--input', '{'], '--input'],
      [['runs', '--status', 'done'], '--status'],
      [['dlq', '--limit', '0'], '--limit'],
      [['run', 'show'], 'run-id'],
      [['workflow'], 'subcommand'],
    ] as const) {
      const r = await cli([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(flag);
    }
  });
});
