import { describe, expect, it } from 'vitest';
import { agentSubject, agentToken, parseAgentSubject } from '../../src/sdk/discovery/subjects.js';
import { SenderCheck } from '../../src/orchestrator/discovery/sender-check.js';
function beat(instanceId, name) {
    return { v: 1, instanceId, name, version: '1', address: '127.0.0.1:1', seq: 0, sentAt: 0, intervalMs: 1000, inFlight: 0, maxConcurrency: 1, draining: false, capabilities: [] };
}
const bye = (instanceId, name) => ({ v: 1, instanceId, ...(name ? { name } : {}), reason: 'bye' });
const subject = (s) => parseAgentSubject(s);
describe('discovery subjects with the agent name', () => {
    it('builds troupe.agents.<kind>.<instance>.<agent> and parses it back, legacy 4-token subjects too', () => {
        expect(agentSubject('heartbeat', 'echo-1', 'echo')).toBe('troupe.agents.heartbeat.echo-1.echo');
        expect(agentSubject('goodbye', 'echo-1')).toBe('troupe.agents.goodbye.echo-1');
        expect(agentSubject('control', 'echo-1', 'echo')).toBe('troupe.agents.control.echo-1');
        expect(parseAgentSubject('troupe.agents.hello.echo-1.echo')).toEqual({ kind: 'hello', instanceId: 'echo-1', agentToken: 'echo' });
        expect(parseAgentSubject('troupe.agents.goodbye.echo-1')).toEqual({ kind: 'goodbye', instanceId: 'echo-1' });
        expect(parseAgentSubject('troupe.agents.control.echo-1')).toEqual({ kind: 'control', instanceId: 'echo-1' });
        expect(parseAgentSubject('troupe.agents.control.echo-1.echo')).toBeUndefined();
        expect(parseAgentSubject('troupe.agents.capability.echo-1.echo')).toBeUndefined();
        expect(parseAgentSubject('troupe.agents.hello.a.b.c')).toBeUndefined();
    });
    it('encodes agent names injectively as one token (dots and other bytes as %XX)', () => {
        expect(agentToken('voice-forge')).toBe('voice-forge');
        expect(agentToken('voice.forge')).toBe('voice%2Eforge');
        expect(agentToken('a*>é')).toBe('a%2A%3E%C3%A9');
        expect(agentToken('voice_forge')).not.toBe(agentToken('voice.forge'));
        expect(agentToken('a%2E')).not.toBe(agentToken('a.'));
        expect(() => agentToken('')).toThrow(/cannot be empty/);
    });
});
describe('SenderCheck', () => {
    const registered = new Map();
    const check = () => new SenderCheck((id) => registered.get(id));
    it('accepts a named beat whose body names the subject agent, and a legacy beat from a legacy instance', () => {
        const c = check();
        expect(c.beat(subject('troupe.agents.hello.e-1.echo'), beat('e-1', 'echo'))).toEqual({ ok: true });
        expect(c.beat(subject('troupe.agents.heartbeat.py-1'), beat('py-1', 'python-echo'))).toEqual({ ok: true });
        expect(c.goodbye(subject('troupe.agents.goodbye.py-1'), bye('py-1'))).toEqual({ ok: true });
    });
    it('rejects a body for another instance than the subject, beat or goodbye', () => {
        const c = check();
        expect(c.beat(subject('troupe.agents.heartbeat.e-1.echo'), beat('e-2', 'echo'))).toMatchObject({ ok: false, reason: 'instance_mismatch' });
        expect(c.goodbye(subject('troupe.agents.goodbye.mine.evil'), bye('victim'))).toMatchObject({ ok: false, reason: 'instance_mismatch' });
    });
    it('rejects a body naming another agent than the subject', () => {
        const c = check();
        expect(c.beat(subject('troupe.agents.heartbeat.e-1.evil'), beat('e-1', 'echo'))).toMatchObject({ ok: false, reason: 'name_mismatch' });
        expect(c.goodbye(subject('troupe.agents.goodbye.e-1.evil'), bye('e-1', 'echo'))).toMatchObject({ ok: false, reason: 'name_mismatch' });
        expect(c.beat(subject('troupe.agents.heartbeat.v-1.voice%2Eforge'), beat('v-1', 'voice.forge'))).toEqual({ ok: true });
    });
    it('rejects a goodbye or heartbeat for a known instance from another agent (the forged goodbye)', () => {
        registered.set('echo-7', 'echo');
        const c = check();
        expect(c.goodbye(subject('troupe.agents.goodbye.echo-7.evil'), bye('echo-7', 'evil'))).toMatchObject({ ok: false, reason: 'agent_mismatch' });
        expect(c.goodbye(subject('troupe.agents.goodbye.echo-7.evil'), bye('echo-7'))).toMatchObject({ ok: false, reason: 'agent_mismatch' });
        expect(c.beat(subject('troupe.agents.heartbeat.echo-7.evil'), beat('echo-7', 'evil'))).toMatchObject({ ok: false, reason: 'agent_mismatch' });
        // A legacy message that names another agent in its body is caught as well.
        expect(c.beat(subject('troupe.agents.heartbeat.echo-7'), beat('echo-7', 'evil'))).toMatchObject({ ok: false, reason: 'agent_mismatch' });
        expect(c.goodbye(subject('troupe.agents.goodbye.echo-7.echo'), bye('echo-7', 'echo'))).toEqual({ ok: true });
    });
    it('rejects a legacy message for an instance that announced itself with its name (downgrade)', () => {
        const c = check();
        expect(c.beat(subject('troupe.agents.hello.n-1.echo'), beat('n-1', 'echo'))).toEqual({ ok: true });
        registered.set('n-1', 'echo');
        expect(c.goodbye(subject('troupe.agents.goodbye.n-1'), bye('n-1'))).toMatchObject({ ok: false, reason: 'legacy_subject' });
        expect(c.beat(subject('troupe.agents.heartbeat.n-1'), beat('n-1', 'echo'))).toMatchObject({ ok: false, reason: 'legacy_subject' });
        // Once the registry has forgotten the instance, the id is free again.
        registered.delete('n-1');
        expect(c.beat(subject('troupe.agents.heartbeat.n-1'), beat('n-1', 'echo'))).toEqual({ ok: true });
    });
    it('checks $SRV.INFO answers against the registry', () => {
        registered.set('echo-9', 'echo');
        const c = check();
        expect(c.service('echo-9', 'echo')).toEqual({ ok: true });
        expect(c.service('echo-9', 'evil')).toMatchObject({ ok: false, reason: 'agent_mismatch' });
        expect(c.service('new-1', 'anyone')).toEqual({ ok: true });
        expect(c.service('bad.id', 'echo')).toMatchObject({ ok: false, reason: 'invalid_instance' });
    });
});
//# sourceMappingURL=discovery-sender-check.test.js.map