import { metrics } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { InMemoryAuditLog } from '../../src/sdk/security/audit.js';
import { AUDIT_STREAM, openJetStreamAuditLog } from '../../src/sdk/security/audit-jetstream.js';
import { startCluster } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
describe('the JetStream audit log', () => {
    let nats;
    let nc;
    beforeAll(async () => {
        nats = await startNatsServer();
        nc = await connect({ servers: nats.url });
    });
    afterAll(async () => {
        await nc?.close();
        await nats?.stop();
    });
    it('creates TROUPE_AUDIT with the retention asked for, and reads events back filtered', async () => {
        const log = await openJetStreamAuditLog(nc, { maxAgeMs: 3_600_000, maxBytes: 8 * 1024 * 1024 });
        const info = await (await nc.jetstreamManager()).streams.info(AUDIT_STREAM);
        expect(info.config.subjects).toEqual(['troupe.audit.>']);
        expect(info.config.max_age).toBe(3_600_000 * 1_000_000);
        expect(info.config.max_bytes).toBe(8 * 1024 * 1024);
        log.append({ actor: 'old', action: 'StartRun', outcome: 'ok', at: new Date(Date.now() - 600_000).toISOString() });
        for (let i = 0; i < 6; i++)
            log.append({ actor: i % 2 ? 'ann' : 'bob', action: i < 3 ? 'StartRun' : 'CancelRun', target: `r${i}`, outcome: 'ok' });
        log.append({ actor: 'unknown', action: 'POST /api/runs', outcome: 'unauthenticated', reason: 'no credential' });
        expect((await log.list()).map((e) => e.target ?? e.action)).toEqual([undefined, 'r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'POST /api/runs'].map((t, i) => (i === 0 ? 'StartRun' : t)));
        expect((await log.list({ actor: 'ann' })).map((e) => e.target)).toEqual(['r1', 'r3', 'r5']);
        expect((await log.list({ action: 'CancelRun', actor: 'bob' })).map((e) => e.target)).toEqual(['r4']);
        expect((await log.list({ action: 'POST /api/runs' }))[0]).toMatchObject({ outcome: 'unauthenticated', reason: 'no credential' });
        expect((await log.list({ limit: 2 })).map((e) => e.target ?? e.action)).toEqual(['r5', 'POST /api/runs']);
        // `since` is applied by the server on the stream's own time, then on the event's `at`.
        expect((await log.list({ sinceMs: Date.now() - 60_000 })).some((e) => e.actor === 'old')).toBe(false);
        await log.close();
        // A second open binds to the same stream and updates its limits.
        const again = await openJetStreamAuditLog(nc, { maxAgeMs: 7_200_000 });
        expect((await (await nc.jetstreamManager()).streams.info(AUDIT_STREAM)).config.max_age).toBe(7_200_000 * 1_000_000);
        expect((await again.list({ actor: 'ann' })).length).toBe(3);
    });
    it('never blocks the caller: beyond its buffer events are dropped and counted in troupe_audit_failures_total', async () => {
        class TestReader extends MetricReader {
            async onShutdown() {
                // nothing to release
            }
            async onForceFlush() {
                // nothing buffered
            }
        }
        const reader = new TestReader();
        metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
        try {
            const log = await openJetStreamAuditLog(nc, { bufferSize: 1 });
            // The writer takes the first event at once; one more fits the buffer; the other 8 are dropped.
            for (let i = 0; i < 10; i++)
                log.append({ actor: 'burst', action: 'Burst', target: String(i), outcome: 'ok' });
            expect((await log.list({ actor: 'burst' })).map((e) => e.target)).toEqual(['0', '1']);
            const { resourceMetrics } = await reader.collect();
            const metric = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === 'troupe_audit_failures_total');
            // Both reasons exist from the start (at 0); only buffer_full counted here.
            expect(metric?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([
                [{ reason: 'buffer_full' }, 8],
                [{ reason: 'publish' }, 0],
            ]);
        }
        finally {
            metrics.disable();
        }
    });
    it('keeps the newest events in memory when not durable', async () => {
        const log = new InMemoryAuditLog(3);
        for (let i = 0; i < 5; i++)
            log.append({ actor: 'a', action: 'X', target: String(i), outcome: 'ok' });
        expect((await log.list()).map((e) => e.target)).toEqual(['2', '3', '4']);
    });
});
describe('the audit log with API auth off', () => {
    it('records mutating actions as "anonymous" and serves them to anyone', async () => {
        const cluster = await startCluster({ durable: false });
        try {
            const agent = await cluster.startAgent(defineAgent({ name: 'anon-echo', version: '1.0.0', capabilities: [{ name: 'anon.echo' }], handlers: { 'anon.echo': (input) => input } }));
            await cluster.waitActive(agent.instanceId);
            await cluster.client.registerWorkflow(JSON.stringify({ name: 'anon-wf', steps: [{ id: 'echo', capability: 'anon.echo' }] }));
            const { runId } = await cluster.client.startRun({ workflow: 'anon-wf' });
            await cluster.client.setAgentMode(agent.instanceId, 'maintenance');
            const events = await cluster.client.listAuditEvents();
            expect(events.map((e) => [e.actor, e.action, e.target, e.outcome])).toEqual([
                ['anonymous', 'RegisterWorkflow', 'anon-wf', 'ok'],
                ['anonymous', 'StartRun', `anon-wf/${runId}`, 'ok'],
                ['anonymous', 'SetAgentMode', agent.instanceId, 'ok'],
            ]);
        }
        finally {
            await cluster.close();
        }
    });
});
//# sourceMappingURL=audit-log.int.test.js.map