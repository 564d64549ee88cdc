import { describe, expect, it } from 'vitest';
import { agentModeToWire, agentStateName, breakerStateName, toAgentInfo } from '../../src/sdk/client/map-agent-status.js';
import { toStreamTaskEvent, toTaskRequestMessage } from '../../src/sdk/client/map-task.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
describe('agent status mapping', () => {
    it('maps enums to lowercase names', () => {
        expect(agentStateName('AGENT_STATE_ACTIVE')).toBe('active');
        expect(agentStateName('AGENT_STATE_UNREACHABLE')).toBe('unreachable');
        expect(agentStateName('AGENT_STATE_UNSPECIFIED')).toBe('unspecified');
        expect(agentStateName(42)).toBe('unspecified');
        expect(breakerStateName('BREAKER_STATE_HALF_OPEN')).toBe('half_open');
        expect(agentModeToWire('drain')).toBe('AGENT_MODE_DRAIN');
    });
    it('rejects unknown modes with INVALID_ARGUMENT', () => {
        const err = (() => {
            try {
                agentModeToWire('toString');
            }
            catch (e) {
                return e;
            }
        })();
        expect(TroupeError.is(err) && err.code === Status.INVALID_ARGUMENT).toBe(true);
    });
    it('converts a decoded AgentStatus to plain JS', () => {
        const info = toAgentInfo({
            agent: {
                name: 'voice-forge',
                version: '1.0.0',
                instanceId: 'i-1',
                capabilities: [{ name: 'tts', description: 'd', inputTypes: ['text/plain'], outputTypes: ['audio/L16'], streaming: true, resumable: true, deterministic: true, outputSchema: '{"type":"object"}', version: '' }],
                maxConcurrency: 0,
                costPerCall: 0,
                labels: { voice: 'en' },
                supportsChannel: false,
            },
            address: 'h:1',
            state: 'AGENT_STATE_SATURATED',
            inFlight: 1,
            reportedInFlight: 2,
            lastHeartbeatUnixMs: '1700000000000',
            joinedUnixMs: '0',
            breaker: 'BREAKER_STATE_OPEN',
            refusedReason: '',
            succeeded: '10',
            failed: '3',
            latencyEwmaMs: 12.5,
            successRate: 0.9,
            uptimeRatio: 0.75,
            history: [{ state: 'AGENT_STATE_ACTIVE', atUnixMs: '1700000000000', reason: 'SetAgentMode active', actor: 'operator:ops' }],
        });
        expect(info).toEqual({
            name: 'voice-forge',
            version: '1.0.0',
            instanceId: 'i-1',
            address: 'h:1',
            capabilities: [{ name: 'tts', version: '1.0.0', description: 'd', inputTypes: ['text/plain'], outputTypes: ['audio/L16'], streaming: true, resumable: true, deterministic: true, outputSchema: { type: 'object' } }],
            state: 'saturated',
            inFlight: 1,
            reportedInFlight: 2,
            maxConcurrency: 1,
            lastHeartbeat: new Date(1_700_000_000_000),
            joinedAt: null,
            breaker: 'open',
            succeeded: 10,
            failed: 3,
            latencyEwmaMs: 12.5,
            successRate: 0.9,
            uptimeRatio: 0.75,
            history: [{ state: 'active', at: new Date(1700000000000), reason: 'SetAgentMode active', actor: 'operator:ops' }],
            labels: { voice: 'en' },
            refusedReason: '',
        });
    });
});
describe('task mapping', () => {
    it('builds the wire request', () => {
        expect(toTaskRequestMessage({ capability: 'c', input: { a: 1 }, priority: 2, timeoutMs: 500, idempotencyKey: 'k' })).toEqual({
            capability: 'c',
            input: toValue({ a: 1 }),
            contentType: '',
            options: { idempotencyKey: 'k', priority: 2, timeoutMs: 500 },
        });
    });
    it.each([
        [{ capability: '' }, /capability/],
        [{ capability: 'c', priority: 6 }, /priority/],
        [{ capability: 'c', priority: 1.5 }, /priority/],
        [{ capability: 'c', timeoutMs: -1 }, /timeoutMs/],
        [{ capability: 'c', input: { f: Number.NaN } }, /input\.f/],
    ])('rejects %j with INVALID_ARGUMENT', (req, message) => {
        expect(() => toTaskRequestMessage(req)).toThrow(message);
    });
    it('maps stream events and skips unknown ones', () => {
        expect(toStreamTaskEvent({ event: 'chunk', chunk: { sequence: '7', contentType: 'x', data: Buffer.from('ab'), durationMs: 5, metadata: null, traceparent: 'tp' } })).toEqual({ type: 'chunk', sequence: 7, contentType: 'x', data: Buffer.from('ab'), durationMs: 5, metadata: null, traceparent: 'tp' });
        expect(toStreamTaskEvent({})).toBeUndefined();
    });
});
//# sourceMappingURL=client-mapping.test.js.map