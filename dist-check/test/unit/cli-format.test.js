import { describe, expect, it } from 'vitest';
import { formatAgentChange, formatAgentHistory, formatAgentTable, formatAgo, formatDeparted, formatRolloutNotes } from '../../src/cli/format/agents.js';
import { formatTable } from '../../src/cli/format/table.js';
import { formatChunkLine, formatProgressLine, formatTaskFooter, mediaKind, streamEventToJson } from '../../src/cli/format/task.js';
const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
function agent(over = {}) {
    return {
        name: 'voice-forge',
        version: '1.2.0',
        instanceId: 'inst-voice',
        address: '127.0.0.1:7701',
        capabilities: [
            { name: 'tts.synthesize', version: '1.2.0', description: '', inputTypes: [], outputTypes: [], streaming: true },
            { name: 'tts.voices', version: '1.2.0', description: '', inputTypes: [], outputTypes: [], streaming: false },
        ],
        state: 'active',
        inFlight: 2,
        reportedInFlight: 2,
        maxConcurrency: 4,
        lastHeartbeat: new Date(NOW - 400),
        joinedAt: new Date(NOW - 60_000),
        breaker: 'closed',
        succeeded: 3,
        failed: 0,
        latencyEwmaMs: 41.6,
        successRate: 1,
        uptimeRatio: 0.98,
        history: [],
        labels: {},
        refusedReason: '',
        ...over,
    };
}
describe('formatTable', () => {
    it('pads columns to the widest cell and trims line ends', () => {
        expect(formatTable(['A', 'BB', 'C'], [['xxx', 'y', ''], ['z', 'wwww', 'v']])).toBe('A    BB    C\nxxx  y\nz    wwww  v\n');
    });
});
describe('formatAgo', () => {
    it.each([
        [400, '0.4s ago'],
        [9_949, '9.9s ago'],
        [12_300, '12s ago'],
        [5 * 60_000 + 1, '5m ago'],
        [3 * 3_600_000, '3h ago'],
        [2 * 86_400_000, '2d ago'],
        [-500, '0.0s ago'],
    ])('%i ms → %s', (ms, text) => expect(formatAgo(new Date(NOW - ms), NOW)).toBe(text));
    it('shows "-" for no heartbeat', () => expect(formatAgo(null, NOW)).toBe('-'));
});
describe('formatAgentTable', () => {
    it('has the documented columns and one row per agent', () => {
        const text = formatAgentTable([agent(), agent({ instanceId: 'i-2', name: 'snippet-craft', state: 'saturated', inFlight: 4, breaker: 'half_open', lastHeartbeat: null, capabilities: [], latencyEwmaMs: 0, succeeded: 0, uptimeRatio: 0 })], NOW);
        const [header, row1, row2] = text.trimEnd().split('\n');
        expect(header?.split(/\s{2,}/)).toEqual(['INSTANCE', 'AGENT', 'VERSION', 'ADDRESS', 'STATE', 'LOAD', 'BREAKER', 'LAST BEAT', 'LATENCY', 'OK', 'UPTIME', 'CAPABILITIES']);
        expect(row1?.split(/\s{2,}/)).toEqual(['inst-voice', 'voice-forge', '1.2.0', '127.0.0.1:7701', 'active', '2/4', 'closed', '0.4s ago', '42 ms', '100%', '98%', 'tts.synthesize,tts.voices']);
        expect(row2?.split(/\s{2,}/)).toEqual(['i-2', 'snippet-craft', '1.2.0', '127.0.0.1:7701', 'saturated', '4/4', 'half_open', '-', '-', '-', '0%', '-']);
    });
    it('says so when there are no agents', () => expect(formatAgentTable([], NOW)).toBe('no agents\n'));
});
describe('formatRolloutNotes', () => {
    const side = { samples: 0, successRate: 1, latencyP50Ms: 0 };
    const rollout = (over = {}) => ({
        capability: 'tts.synthesize',
        canary: '2.1.0',
        stable: '1.2.0',
        weight: 10,
        state: 'active',
        reason: 'canary 2.1.0 at 10%',
        policy: { maxSuccessDrop: 0.1, maxLatencyRatio: 1.5, minSamples: 20, window: 100 },
        canaryStats: side,
        stableStats: side,
        decisions: [{ at: '2025-01-01T11:59:00.000Z', decision: 'set', reason: 'canary 2.1.0 at 10%', actor: 'operator:ana' }],
        updatedAt: '2025-01-01T11:59:00.000Z',
        updatedBy: 'operator:ana',
        ...over,
    });
    it('lists the rollouts of the capabilities shown: both sides with their weights, the state and the last decision', () => {
        const text = formatRolloutNotes([rollout(), rollout({ capability: 'other.cap' }), rollout({ capability: 'tts.voices', stable: '', weight: 0, state: 'rolled_back', decisions: [{ at: '2025-01-01T12:00:00.000Z', decision: 'rolled_back', reason: 'canary success 60% < stable 98% - 10%', actor: 'auto-rollback:o-1' }] })], [agent()]);
        expect(text).toBe('\nrollouts (troupe rollout list for what was measured):\n' +
            '  tts.synthesize  stable 1.2.0 90% / canary 2.1.0 10%, active (set by operator:ana at 2025-01-01T11:59:00.000Z: canary 2.1.0 at 10%)\n' +
            '  tts.voices  stable not 2.1.0 100% / canary 2.1.0 0%, rolled back (rolled back by auto-rollback:o-1 at 2025-01-01T12:00:00.000Z: canary success 60% < stable 98% - 10%)\n');
    });
    it('says nothing when no capability shown has a rollout', () => {
        expect(formatRolloutNotes([rollout({ capability: 'other.cap' })], [agent()])).toBe('');
        expect(formatRolloutNotes([], [agent()])).toBe('');
    });
    it('with --capability, only that capability’s (a range in it ignored)', () => {
        const both = [rollout(), rollout({ capability: 'tts.voices' })];
        expect(formatRolloutNotes(both, [agent()], 'tts.voices@^1')).toMatch(/^\nrollouts[^\n]*\n {2}tts\.voices {2}[^\n]*\n$/);
        expect(formatRolloutNotes(both, [agent()], 'tts.none')).toBe('');
    });
});
describe('formatAgentChange', () => {
    it('shows the transition, or the state alone for the snapshot', () => {
        const at = new Date(2025, 0, 1, 9, 5, 7, 42);
        expect(formatAgentChange({ agent: agent({ state: 'maintenance' }), previousState: 'active' }, at)).toBe('09:05:07.042  inst-voice  voice-forge@1.2.0  active → maintenance  load 2/4  breaker closed\n');
        expect(formatAgentChange({ agent: agent(), previousState: null }, at)).toContain('  voice-forge@1.2.0  active  load');
    });
    it('adds who triggered the change and why, when the history says', () => {
        const at = new Date(2025, 0, 1, 9, 5, 7, 42);
        const history = [{ state: 'maintenance', at, reason: 'SetAgentMode maintenance', actor: 'operator:alice' }];
        expect(formatAgentChange({ agent: agent({ state: 'maintenance', history }), previousState: 'active' }, at)).toBe('09:05:07.042  inst-voice  voice-forge@1.2.0  active → maintenance  load 2/4  breaker closed  (operator:alice: SetAgentMode maintenance)\n');
    });
});
describe('agent history', () => {
    const at = (ms) => new Date(Date.UTC(2026, 11, 5, 8, 0, 0, ms));
    const history = [
        { state: 'joining', at: at(0), reason: 'announced itself (hello or $SRV.INFO)', actor: 'agent' },
        { state: 'active', at: at(5), reason: '', actor: '' },
        { state: 'left', at: at(9), reason: 'said goodbye', actor: 'agent' },
    ];
    it('lists each change with time, state, actor and reason; "-" where an old history has none', () => {
        const lines = formatAgentHistory(agent({ state: 'left', history })).trimEnd().split('\n');
        expect(lines[0]).toBe('inst-voice (voice-forge@1.2.0) is left, breaker closed');
        expect(lines[1]?.split(/\s{2,}/)).toEqual(['TIME', 'STATE', 'BY', 'REASON']);
        expect(lines[2]?.split(/\s{2,}/)).toEqual(['2026-12-05T08:00:00.000Z', 'joining', 'agent', 'announced itself (hello or $SRV.INFO)']);
        expect(lines[3]?.split(/\s{2,}/)).toEqual(['2026-12-05T08:00:00.005Z', 'active', '-', '-']);
        expect(formatAgentHistory(agent({ history: [] }))).toContain('no recorded state changes');
    });
    it('--all adds the instances that left with their last reason, nothing when none left', () => {
        expect(formatDeparted([agent()])).toBe('');
        const text = formatDeparted([agent(), agent({ instanceId: 'gone-1', state: 'left', history })]);
        expect(text).toContain('instances that left');
        expect(text.trimEnd().split('\n').at(-1)?.split(/\s{2,}/)).toEqual(['gone-1', 'voice-forge', 'left', '2026-12-05T08:00:00.009Z', 'agent', 'said goodbye']);
    });
});
describe('task lines', () => {
    const chunk = { type: 'chunk', sequence: 3, contentType: 'audio/L16;rate=22050;channels=1', data: Buffer.alloc(3200), durationMs: 72.56, metadata: null, traceparent: '' };
    it('formats a chunk compactly', () => {
        expect(formatChunkLine(chunk)).toBe('chunk #3  3200 B  audio/L16  72.6 ms\n');
        expect(formatChunkLine({ ...chunk, durationMs: 0, contentType: '' })).toBe('chunk #3  3200 B  bytes\n');
        expect(formatChunkLine({ ...chunk, durationMs: 0, contentType: 'application/octet-stream' })).toBe('chunk #3  3200 B  application/octet-stream\n');
        expect(formatChunkLine({ ...chunk, durationMs: 0, contentType: 'text/plain; charset=utf-8' })).toBe('chunk #3  3200 B  text/plain\n');
    });
    it('names media kinds', () => {
        expect(mediaKind('text/plain; charset=utf-8')).toBe('text');
        expect(mediaKind('')).toBe('bytes');
    });
    it('formats progress, including unknown fractions', () => {
        expect(formatProgressLine({ type: 'progress', fraction: 0.42, message: 'sentence 2' })).toBe('progress  42%  sentence 2\n');
        expect(formatProgressLine({ type: 'progress', fraction: -1, message: '' })).toBe('progress   ?%\n');
    });
    it('formats the footer with and without a trace id', () => {
        expect(formatTaskFooter('t-1', 'i-1', 'abc')).toBe('task t-1 on i-1 · trace abc\n');
        expect(formatTaskFooter('t-1', 'i-1', undefined)).toBe('task t-1 on i-1\n');
    });
    it('renders stream events as JSON with base64 data or only a byte count', () => {
        expect(streamEventToJson(chunk, false)).not.toHaveProperty('data');
        expect(streamEventToJson({ ...chunk, data: Buffer.from('hi') }, true)).toMatchObject({ bytes: 2, data: 'aGk=' });
        expect(streamEventToJson({ type: 'started', taskId: 't', agentInstanceId: 'i', traceId: 'x' }, true)).toEqual({ type: 'started', taskId: 't', agentInstanceId: 'i', traceId: 'x' });
    });
});
//# sourceMappingURL=cli-format.test.js.map