import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { primeCapability, primeCounters, primeRolloutDecisions } from '../../src/orchestrator/prime-counters.js';
import { observeScheduler } from '../../src/orchestrator/scheduler/scheduler-metrics.js';
import { Scheduler } from '../../src/orchestrator/scheduler/scheduler.js';
import { Admission } from '../../src/sdk/agent/admission.js';
import { primeAgentSeries } from '../../src/sdk/agent/task-metrics.js';
import { defineAgent } from '../../src/sdk/index.js';
import { instruments, METRIC, startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { scrapeMetrics } from '../helpers/scrape-metrics.js';

/** `# TYPE <name> <type>` lines as a map. */
const types = (text: string) => new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name, type]) => [name ?? '', type ?? '']));

/** Records one value on every instrument, so that each is served. */
function recordEach(m: ReturnType<typeof instruments>): void {
  for (const instrument of Object.values(m) as { record?: (v: number, a: object) => void; add?: (v: number, a: object) => void }[]) {
    if (instrument.record) instrument.record(0.002, { k: 'v' });
    else instrument.add?.(1, { k: 'v' });
  }
}

describe('metric names follow Prometheus conventions', () => {
  let telemetry: Telemetry | undefined;
  afterEach(async () => {
    await telemetry?.shutdown();
    telemetry = undefined;
  });

  it('counters end in _total, histograms are in seconds and end in _seconds, names are METRIC values', async () => {
    telemetry = await startTelemetry({ serviceName: 'conventions', env: {}, prometheus: true });
    const m = instruments();
    recordEach(m);
    const served = types(await scrapeMetrics(telemetry));
    served.delete('target_info'); // the exporter's resource attributes
    expect(served.size).toBe(Object.keys(m).length);
    const names = new Set<string>(Object.values(METRIC));
    for (const [name, type] of served) {
      expect(names.has(name), `${name} is a METRIC value`).toBe(true);
      if (type === 'counter') expect(name).toMatch(/_total$/);
      if (type === 'histogram') expect(name).toMatch(/_seconds$/);
      expect(name).not.toMatch(/_ms$|millis/);
    }
    expect([...served.values()].sort()).toEqual(expect.arrayContaining(['counter', 'gauge', 'histogram']));
  });

  it('every metric says what it counts in its # HELP line', async () => {
    telemetry = await startTelemetry({ serviceName: 'help', env: {}, prometheus: true });
    const m = instruments();
    recordEach(m);
    const help = new Map([...(await scrapeMetrics(telemetry)).matchAll(/^# HELP (\S+) (.*)$/gm)].map(([, name, text]) => [name ?? '', text ?? '']));
    help.delete('target_info');
    expect(help.size).toBe(Object.keys(m).length);
    const missing = [...help].filter(([, text]) => text.trim().length < 10 || /description missing/i.test(text)).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('records durations in seconds, into second buckets', async () => {
    telemetry = await startTelemetry({ serviceName: 'seconds', env: {}, prometheus: true });
    instruments().taskDuration.record(1.5, { 'troupe.capability': 'tts', 'troupe.outcome': 'ok' });
    const text = await scrapeMetrics(telemetry);
    expect(text).toMatch(/^troupe_task_duration_seconds_bucket\{[^}]*le="1"\} 0$/m);
    expect(text).toMatch(/^troupe_task_duration_seconds_bucket\{[^}]*le="2.5"\} 1$/m);
    expect(text).toMatch(/^troupe_task_duration_seconds_sum\{[^}]*\} 1.5$/m);
  });

  it('serves the series known at start-up at 0, before anything happened', async () => {
    telemetry = await startTelemetry({ serviceName: 'startup', env: {}, prometheus: true });
    primeCounters();
    primeCapability('echo.say');
    primeCapability('echo.say'); // once per capability
    const stop = observeScheduler(new Scheduler({ capacity: 50 }));
    try {
      const text = await scrapeMetrics(telemetry);
      for (const status of ['completed', 'failed', 'cancelled']) expect(text).toMatch(new RegExp(`^troupe_runs_finished_total\\{status="${status}"[^}]*\\} 0$`, 'm'));
      for (const event of ['acquired', 'lost']) expect(text).toMatch(new RegExp(`^troupe_lease_events_total\\{event="${event}"[^}]*\\} 0$`, 'm'));
      expect(text).toMatch(/^troupe_runs_adopted_total\{[^}]*\} 0$/m);
      expect(text).toMatch(/^troupe_tasks_total\{troupe_capability="echo.say",troupe_outcome="ok"[^}]*\} 0$/m);
      expect(text).toMatch(/^troupe_dead_letters_total\{troupe_capability="echo.say"[^}]*\} 0$/m);
      expect(text).toMatch(/^troupe_tasks_active\{troupe_capability="echo.say"[^}]*\} 0$/m);
      for (const priority of ['1', '2', '3', '4', '5']) expect(text).toMatch(new RegExp(`^troupe_queue_size\\{priority="${priority}"[^}]*\\} 0$`, 'm'));
      expect(text).toMatch(/^troupe_queue_capacity\{[^}]*\} 50$/m);
    } finally {
      stop();
    }
  });

  it("serves every rollout decision's series of a capability at 0 from its first decision, once per meter provider", async () => {
    telemetry = await startTelemetry({ serviceName: 'rollouts', env: {}, prometheus: true });
    primeRolloutDecisions('tts');
    instruments().rolloutDecisions.add(1, { 'troupe.capability': 'tts', decision: 'set' });
    primeRolloutDecisions('tts'); // once: the set above stays 1
    const series = (text: string) => [...text.matchAll(/^troupe_rollout_decisions_total\{troupe_capability="tts",decision="(\w+)"[^}]*\} (\d+)$/gm)].map(([, d, v]) => `${d}=${v}`).sort();
    expect(series(await scrapeMetrics(telemetry))).toEqual(['aborted=0', 'promoted=0', 'rolled_back=0', 'set=1']);
    // A telemetry restart (a fresh meter provider) primes again.
    await telemetry.shutdown();
    telemetry = await startTelemetry({ serviceName: 'rollouts-again', env: {}, prometheus: true });
    primeRolloutDecisions('tts');
    expect(series(await scrapeMetrics(telemetry))).toEqual(['aborted=0', 'promoted=0', 'rolled_back=0', 'set=0']);
  });

  it("serves an agent's series known at start-up at 0: ok tasks per capability, cache lookups, in flight, refusals, control rejections", async () => {
    telemetry = await startTelemetry({ serviceName: 'agent-startup', env: {}, prometheus: true });
    const agent = defineAgent({
      name: 'greeter',
      version: '1.0.0',
      capabilities: [{ name: 'greet.say' }, { name: 'greet.once', cacheByIdempotencyKey: { ttlMs: 60_000 } }],
      handlers: { 'greet.say': () => 'hi', 'greet.once': () => 'hi' },
    });
    primeAgentSeries(agent, { verifiesControl: true });
    const text = await scrapeMetrics(telemetry);
    for (const capability of ['greet.say', 'greet.once']) {
      expect(text).toMatch(new RegExp(`^troupe_agent_tasks_total\\{troupe_agent_name="greeter",troupe_capability="${capability}",outcome="ok"[^}]*\\} 0$`, 'm'));
    }
    for (const hit of ['true', 'false']) expect(text).toMatch(new RegExp(`^troupe_agent_cache_lookups_total\\{troupe_agent_name="greeter",troupe_capability="greet.once",troupe_cache_hit="${hit}"[^}]*\\} 0$`, 'm'));
    expect(text).not.toMatch(/^troupe_agent_cache_lookups_total\{[^}]*greet\.say/m);
    expect(text).toMatch(/^troupe_agent_tasks_in_flight\{troupe_agent_name="greeter"[^}]*\} 0$/m);
    for (const reason of ['full', 'draining']) expect(text).toMatch(new RegExp(`^troupe_agent_refused_total\\{troupe_agent_name="greeter",reason="${reason}"[^}]*\\} 0$`, 'm'));
    for (const reason of ['unsigned', 'bad_signature', 'stale', 'replayed']) expect(text).toMatch(new RegExp(`^troupe_agent_control_rejected_total\\{reason="${reason}"[^}]*\\} 0$`, 'm'));
  });

  it("counts an agent's tasks in flight and its refusals by reason (full, draining)", async () => {
    telemetry = await startTelemetry({ serviceName: 'agent-admission', env: {}, prometheus: true });
    const admission = new Admission(1, { agent: 'greeter', instanceId: 'greeter-1' });
    const release = admission.enter();
    expect(() => admission.enter()).toThrow(/max concurrency/);
    let text = await scrapeMetrics(telemetry);
    expect(text).toMatch(/^troupe_agent_tasks_in_flight\{troupe_agent_name="greeter"[^}]*\} 1$/m);
    expect(text).toMatch(/^troupe_agent_refused_total\{troupe_agent_name="greeter",reason="full"[^}]*\} 1$/m);
    const drained = admission.drain();
    expect(() => admission.enter()).toThrow(/draining/);
    release();
    release(); // idempotent: the gauge never goes below what is in flight
    await drained;
    text = await scrapeMetrics(telemetry);
    expect(text).toMatch(/^troupe_agent_tasks_in_flight\{troupe_agent_name="greeter"[^}]*\} 0$/m);
    expect(text).toMatch(/^troupe_agent_refused_total\{troupe_agent_name="greeter",reason="draining"[^}]*\} 1$/m);
  });

  it('documents every metric in docs/metrics.md', () => {
    const doc = readFileSync(new URL('../../docs/metrics.md', import.meta.url), 'utf8');
    for (const name of Object.values(METRIC)) expect(doc, name).toContain(`| \`${name}\` |`);
  });
});
