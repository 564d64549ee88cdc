// No agent can pose as another on NATS discovery, against a real nats-server running
// deploy/nats/nats-server.conf: the per-agent user `echo` cannot publish a goodbye on another
// agent's subjects (permission violation), and what it (or the shared agent role) can publish
// for another agent's instance is rejected by the orchestrator's sender check: the instance stays
// routable, and the rejection is logged with the trace id, counted and audited.
import { metrics } from '@opentelemetry/api';
import { PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { connect, headers as natsHeaders } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentSubject } from '../../src/sdk/discovery/subjects.js';
import { compileNatsSettings } from '../../src/sdk/security/index.js';
import { defineAgent, startAgent } from '../../src/sdk/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { capturingLogger, createUserNkey, deployedNatsConfig, nextError, startPair } from '../helpers/nats-security.js';
import { waitFor } from '../helpers/wait-for.js';
const ORCH_PASSWORD = 'orch-Pa55-sender-1';
const AGENT_PASSWORD = 'agent-Pa55-sender-2';
const ECHO_PASSWORD = 'echo-Pa55-sender-3';
const OBSERVER_PASSWORD = 'observer-Pa55-sender-4';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
class TestReader extends MetricReader {
    async onShutdown() {
        // nothing to release
    }
    async onForceFlush() {
        // nothing buffered
    }
}
const victimAgent = defineAgent({
    name: 'victim',
    version: '1.0.0',
    description: 'the agent others try to impersonate',
    capabilities: [{ name: 'victim.ping', description: 'answers pong' }],
    handlers: { 'victim.ping': () => 'pong' },
});
describe('discovery sender check with per-agent NATS users (deploy/nats)', () => {
    let nats;
    let files;
    const reader = new TestReader();
    beforeAll(async () => {
        metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
        files = await certDir();
        nats = await startNatsServer({
            config: deployedNatsConfig({
                orchestratorPassword: ORCH_PASSWORD,
                agentPassword: AGENT_PASSWORD,
                echoPassword: ECHO_PASSWORD,
                observerPassword: OBSERVER_PASSWORD,
                agentNkey: createUserNkey().publicKey,
            }),
            probe: { user: 'observer', pass: OBSERVER_PASSWORD },
        });
    });
    afterAll(async () => {
        await nats.stop();
        await files.dispose();
    });
    it('echo (its own user) cannot say goodbye for another agent; what it may publish is rejected, audited and counted', async () => {
        const { logger, text } = capturingLogger();
        const orchestratorNats = compileNatsSettings({ url: nats.url, user: 'orchestrator', passwordFile: await files.write('orch-password', ORCH_PASSWORD) });
        const echoNats = compileNatsSettings({ url: nats.url, user: 'echo', passwordFile: await files.write('echo-password', ECHO_PASSWORD) });
        // The echo agent runs on its per-agent user: the named subjects are all it needs.
        const pair = await startPair(orchestratorNats, echoNats, logger);
        let victim;
        const rogue = await connect({ servers: nats.url, user: 'echo', pass: ECHO_PASSWORD });
        const shared = await connect({ servers: nats.url, user: 'agent', pass: AGENT_PASSWORD });
        const watcher = await connect({ servers: nats.url, user: 'orchestrator', pass: ORCH_PASSWORD });
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
            victim = await startAgent(victimAgent, { nats: compileNatsSettings({ url: nats.url, user: 'agent', password: AGENT_PASSWORD }), heartbeatIntervalMs: 200, drainTimeoutMs: 1000, logger });
            const victimId = victim.instanceId;
            const { orchestrator } = pair;
            await waitFor(() => orchestrator.registry.get(victimId)?.routable, { timeoutMs: 5000, what: 'the victim to become routable' });
            // 1. NATS refuses: the echo user may publish only on subjects ending in its own name.
            const seen = [];
            const goodbyes = watcher.subscribe('troupe.agents.goodbye.>', { callback: (_err, msg) => seen.push(msg.subject) });
            await watcher.flush();
            for (const subject of [agentSubject('goodbye', victimId, 'victim'), agentSubject('goodbye', victimId)]) {
                const violation = nextError(rogue);
                rogue.publish(subject, JSON.stringify({ v: 1, instanceId: victimId, name: 'victim', reason: 'forged' }));
                await rogue.flush();
                expect(await violation, subject).toBe('PERMISSIONS_VIOLATION');
            }
            watcher.publish('troupe.agents.goodbye.marker', '{"v":1,"instanceId":"marker","reason":"marker"}');
            await waitFor(() => seen.includes('troupe.agents.goodbye.marker'), { timeoutMs: 5000, what: 'the marker goodbye' });
            expect(seen).toEqual(['troupe.agents.goodbye.marker']);
            goodbyes.unsubscribe();
            // 2. Allowed subjects, forged bodies: rejected by the sender check.
            const h = natsHeaders();
            h.set('traceparent', `00-${TRACE_ID}-00f067aa0ba902b7-01`);
            rogue.publish(agentSubject('goodbye', victimId, 'echo'), JSON.stringify({ v: 1, instanceId: victimId, name: 'echo', reason: 'forged' }), { headers: h });
            // The shared role may use the legacy subject; the victim announced itself with its name, so that is forged too.
            shared.publish(agentSubject('goodbye', victimId), JSON.stringify({ v: 1, instanceId: victimId, reason: 'forged legacy' }));
            // A body for another instance than the subject's.
            const beat = { v: 1, instanceId: victimId, name: 'echo', version: '1', address: '127.0.0.1:1', seq: 1e9, sentAt: 0, intervalMs: 200, inFlight: 0, maxConcurrency: 1, draining: true, capabilities: [] };
            rogue.publish(agentSubject('heartbeat', pair.agent.instanceId, 'echo'), JSON.stringify(beat));
            await Promise.all([rogue.flush(), shared.flush()]);
            const rejections = async () => (await orchestrator.auditLog.list({ action: 'discovery.rejected' })).map((e) => e.reason?.split(':')[0]);
            await waitFor(async () => (await rejections()).length >= 3, { timeoutMs: 5000, what: 'the three forged messages to be rejected' });
            // Three connections: the orchestrator may see them in any order.
            const byReason = (a, b) => String(a[0]).localeCompare(String(b[0]));
            const events = await orchestrator.auditLog.list({ action: 'discovery.rejected' });
            expect(events.map((e) => [e.reason?.split(':')[0], e.actor, e.target, e.outcome]).sort(byReason)).toEqual([
                ['agent_mismatch', 'agent:echo', victimId, 'denied'],
                ['instance_mismatch', 'agent:echo', pair.agent.instanceId, 'denied'],
                ['legacy_subject', 'nats:unknown', victimId, 'denied'],
            ]);
            expect(events.find((e) => e.reason?.startsWith('agent_mismatch'))?.traceId).toBe(TRACE_ID);
            const lines = text()
                .split('\n')
                .filter((l) => l.includes('discovery message rejected'))
                .map((l) => JSON.parse(l));
            expect(lines.map((l) => [l.reason, l.level, l.instance_id]).sort(byReason)).toEqual([
                ['agent_mismatch', 40, victimId],
                ['instance_mismatch', 40, pair.agent.instanceId],
                ['legacy_subject', 40, victimId],
            ]);
            expect(lines.find((l) => l.reason === 'agent_mismatch')?.trace_id).toBe(TRACE_ID);
            const { resourceMetrics } = await reader.collect();
            const prom = new PrometheusSerializer().serialize(resourceMetrics);
            expect(prom).toMatch(/^troupe_discovery_rejected_total\{reason="agent_mismatch"[^}]*\} 1/m);
            expect(prom).toMatch(/^troupe_discovery_rejected_total\{reason="legacy_subject"[^}]*\} 1/m);
            expect(prom).toMatch(/^troupe_discovery_rejected_total\{reason="instance_mismatch"[^}]*\} 1/m);
            // The victim is still there and still served; so is echo.
            const after = Date.now();
            await waitFor(() => (orchestrator.registry.get(victimId)?.lastHeartbeatAt ?? 0) > after, { timeoutMs: 2000, what: 'a victim heartbeat after the forgeries' });
            expect(orchestrator.registry.get(victimId)?.state).toBe('active');
            expect(orchestrator.registry.get(victimId)?.routable).toBe(true);
            expect(orchestrator.registry.get(pair.agent.instanceId)?.state).toBe('active');
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await rogue.close();
            await shared.close();
            await watcher.close();
            await victim?.drain('test over');
            await pair.close();
        }
    });
});
//# sourceMappingURL=nats-discovery-sender.int.test.js.map