/** `troupe fleet` as text: the table, notes (waiting for, crash loop, last crash) and decisions with reasons. */
import { describe, expect, it } from 'vitest';
import { formatFleetStatus } from '../../src/cli/format/fleet.js';
const agent = (over) => ({
    name: 'a',
    state: 'running',
    phase: 'steady',
    desired: 1,
    actual: 1,
    min: 1,
    max: 1,
    restarts: 0,
    lastCrash: null,
    crashLoopReason: null,
    capabilities: [],
    needs: [],
    waitingFor: [],
    instances: [],
    decisions: [],
    queue: undefined,
    ...over,
});
describe('formatFleetStatus', () => {
    it('shows desired/actual, restarts, queue, why an agent waits or stopped, and the last decisions', () => {
        const status = {
            v: 1,
            fleet: 'podcast',
            pid: 42,
            startedAt: 0,
            order: [['web'], ['weave', 'tts']],
            guard: { level: 'warning', cpuPercent: 130, memoryPercent: 40, reason: 'cpu ≥ 100% (warning)' },
            orchestrator: { address: '127.0.0.1:7600', reachable: false, error: 'connect ECONNREFUSED' },
            agents: [
                agent({ name: 'web', desired: 2, actual: 1, max: 3, phase: 'healing', restarts: 3, lastCrash: 'signal SIGKILL', queue: { waiting: 5, oldestWaitMs: 812.4, inFlight: 2 }, decisions: [{ at: 2000, from: 1, to: 2, cause: 'queue', reason: 'queue depth 5 ≥ 4' }] }),
                agent({ name: 'weave', state: 'waiting', phase: undefined, waitingFor: ['web.harvest (provided by web)'] }),
                agent({ name: 'tts', state: 'crashLoop', phase: undefined, actual: 0, crashLoopReason: 'crash loop: 5 crashes within 60000 ms (last: exit code 1); restarts stopped', decisions: [{ at: 1000, from: 1, to: 1, cause: 'guard', reason: 'held' }] }),
            ],
        };
        expect(formatFleetStatus(status, 90_000)).toBe([
            'fleet podcast (pid 42, up 90 s); orchestrator 127.0.0.1:7600 (unreachable: connect ECONNREFUSED)',
            'resource guard: WARNING: cpu ≥ 100% (warning) (cpu 130%, memory 40%)',
            'start order: web → weave, tts',
            '',
            'AGENT  STATE              DESIRED/ACTUAL  MIN-MAX  RESTARTS  WAITING            NOTE',
            'web    running (healing)  2/1             1-3      3         5 (oldest 812 ms)  last crash: signal SIGKILL',
            'weave  waiting            1/1             1-1      0         -                  waiting for web.harvest (provided by web)',
            'tts    crashLoop          1/0             1-1      0         -                  crash loop: 5 crashes within 60000 ms (last: exit code 1); restarts stopped',
            '',
            'last scaling decisions:',
            '  1970-01-01T00:00:01.000Z  tts  held at 1  (guard) held',
            '  1970-01-01T00:00:02.000Z  web  1 → 2  (queue) queue depth 5 ≥ 4',
            '',
        ].join('\n'));
    });
});
//# sourceMappingURL=cli-fleet-format.test.js.map