/** Fleet files: defaults, every problem named by its key, dependencies and their order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDependencies, FleetFileError, formatOrder, parseFleetFile } from '../../src/fleet/index.js';
const ROOT = join(import.meta.dirname, '../..');
function problemsOf(text) {
    try {
        parseFleetFile(text, 'f.yaml');
    }
    catch (err) {
        if (FleetFileError.isFleetFileError(err))
            return err.problems;
        throw err;
    }
    throw new Error('the file was accepted');
}
describe('parseFleetFile', () => {
    it('applies the defaults', () => {
        const fleet = parseFleetFile('version: 1\nagents:\n  echo: { agent: echo }\n');
        expect(fleet).toMatchObject({ name: 'fleet', pollMs: 1000, resources: { cpu: { warning: 100, critical: 200 }, memory: { warning: 85, critical: 95 } } });
        expect(fleet.agents[0]).toMatchObject({
            name: 'echo',
            launch: { kind: 'agent', agent: 'echo' },
            min: 1,
            max: 1,
            needs: [],
            scale: { queueDepth: undefined, queueWaitMs: undefined, upIntervalMs: 5000, cooldownMs: 60_000 },
            restart: { backoffMs: 500, maxBackoffMs: 30_000, crashLoopCrashes: 5, crashLoopWindowMs: 60_000 },
            stopGraceMs: 10_000,
        });
    });
    it('reads commands, env, schedules and scaling rules', () => {
        const fleet = parseFleetFile(`version: 1
name: night
agents:
  tts:
    command: [python, tts.py, --fast]
    env: { VOICE: en }
    capabilities: [tts.synthesize]
    min: 0
    max: 4
    schedule: [{ between: "08:00-20:00", min: 2, days: [mon, tue] }]
    scale: { up: { queue_depth: 3, queue_wait_ms: 2000 }, up_interval_ms: 1000, cooldown_ms: 5000 }
    restart: { backoff_ms: 50, max_backoff_ms: 400, crash_loop: { crashes: 2, window_ms: 1000 } }
`);
        expect(fleet.name).toBe('night');
        expect(fleet.agents[0]).toMatchObject({
            launch: { kind: 'command', argv: ['python', 'tts.py', '--fast'] },
            env: { VOICE: 'en' },
            min: 0,
            max: 4,
            schedule: [{ min: 2, window: { text: '08:00-20:00', startMinute: 480, endMinute: 1200, days: [1, 2] } }],
            scale: { queueDepth: 3, queueWaitMs: 2000, upIntervalMs: 1000, cooldownMs: 5000 },
            restart: { backoffMs: 50, maxBackoffMs: 400, crashLoopCrashes: 2, crashLoopWindowMs: 1000 },
        });
    });
    it('names an unknown key with a suggestion', () => {
        expect(problemsOf('version: 1\nagents:\n  a: { agent: echo, maxx: 2 }\n')).toEqual(['agents.a.maxx: unknown key (did you mean "max"?)']);
        expect([...problemsOf('version: 1\nagnets: {}\n')].sort()).toEqual(['agents: missing (required)', expect.stringMatching(/^agnets: unknown key \(did you mean "agents"\?\)/)]);
        expect(problemsOf('version: 1\nagents:\n  a: { agent: echo, restart: { crash_loop: { crash: 3 } } }\n')).toEqual([
            'agents.a.restart.crash_loop.crash: unknown key (did you mean "crashes"?)',
        ]);
    });
    it('lists every cross-field problem at once', () => {
        const problems = problemsOf(`version: 1
resources: { memory: { warning: 90, critical: 80 } }
agents:
  a: { agent: echo, min: 3, max: 2 }
  b: { command: [x], agent: y }
  c: { command: [x], capabilities: [c.c], schedule: [{ between: "9-17", min: 1 }], restart: { backoff_ms: 500, max_backoff_ms: 100 } }
  d: { command: [x], scale: { up: { queue_depth: 2 } } }
`);
        expect(problems).toEqual([
            'agents.a.max: 2 is below min 3',
            'agents.b: give exactly one of `agent` (a built-in agent or module path) or `command` (argv list)',
            'agents.c.schedule.0.between: "9-17" is not a time window such as "08:00-20:00"',
            'agents.c.restart.max_backoff_ms: 100 is below backoff_ms 500',
            'agents.d.scale.up: queue scaling needs `capabilities` (the queues to watch)',
            'resources.memory: warning (90) is above critical (80)',
        ]);
    });
    it('refuses garbage with a message, never a crash', () => {
        expect(problemsOf('')[0]).toMatch(/must be a mapping/);
        expect(problemsOf('[1, 2]')[0]).toMatch(/must be a mapping/);
        expect(problemsOf('version: 1\nagents: {}\n')).toEqual(['agents: list at least one agent']);
        expect(problemsOf('version: 2\nagents:\n  a: { agent: echo }\n')[0]).toMatch(/^version: /);
        expect(problemsOf('version: 1\nagents:\n  "bad name!": { agent: echo }\n')[0]).toMatch(/^agents\.bad name!/);
        expect(problemsOf('a: [\n')[0]).toMatch(/^not valid YAML/);
        expect(problemsOf('version: 1\nagents:\n  a: { agent: echo, min: -1, max: 1e9 }\n')).toHaveLength(2);
        expect(problemsOf(`version: 1\nagents:\n  a: { agent: ${'x'.repeat(1_100_000)} }\n`)[0]).toMatch(/larger than/);
        // YAML anchors cannot blow up into a billion laughs.
        const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
        expect(problemsOf(`${bomb}version: 1\n`)[0]).toMatch(/not valid YAML|unknown key/);
    });
    it('accepts the bundled podcast fleet', () => {
        const fleet = parseFleetFile(readFileSync(join(ROOT, 'src/agents/fleet/podcast.yaml'), 'utf8'), 'podcast.yaml');
        expect(fleet.agents.map((a) => a.name)).toEqual(['topic-discovery', 'web-harvester', 'script-weaver', 'voice-forge', 'snippet-craft', 'ui-composer']);
    });
});
describe('dependencies', () => {
    const fleet = (yaml) => parseFleetFile(`version: 1\nagents:\n${yaml}`).agents;
    it('orders agents in waves, dependencies first, and names needs from outside the fleet', () => {
        const report = checkDependencies(fleet(`  voice: { command: [v], capabilities: [tts], needs: [script] }
  harvest: { command: [h], capabilities: [web] }
  weave: { command: [w], capabilities: [script], needs: [web, llm.chat] }
  topics: { command: [t], capabilities: [topics] }
`));
        expect(report.waves).toEqual([['harvest', 'topics'], ['weave'], ['voice']]);
        expect(formatOrder(report.waves)).toBe('harvest, topics → weave → voice');
        expect([...report.external]).toEqual([['weave', ['llm.chat']]]);
        expect(report.problems).toEqual([]);
    });
    it('names a cycle and an agent that needs itself', () => {
        const problems = (yaml) => {
            try {
                fleet(yaml);
                return [];
            }
            catch (err) {
                return err.problems;
            }
        };
        expect(problems(`  a: { command: [a], capabilities: [x], needs: [z] }\n  b: { command: [b], capabilities: [y], needs: [x] }\n  c: { command: [c], capabilities: [z], needs: [y] }\n`)).toEqual([
            'agents: dependency cycle: a → c → b → a',
        ]);
        expect(problems(`  a: { command: [a], capabilities: [x], needs: [x] }\n`)).toEqual(['agents.a.needs: "x" is its own capability']);
    });
});
//# sourceMappingURL=fleet-file.test.js.map