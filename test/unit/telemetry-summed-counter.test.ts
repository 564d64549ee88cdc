import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { afterEach, describe, expect, it } from 'vitest';
import { summedCounter, summedUpDownCounter } from '../../src/sdk/telemetry/summed-counter.js';

describe('summed counters (read at collection)', () => {
  let provider: MeterProvider | undefined;
  afterEach(async () => {
    await provider?.shutdown();
  });

  function meterWithReader() {
    const reader = new PeriodicExportingMetricReader({ exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE), exportIntervalMillis: 3_600_000 });
    provider = new MeterProvider({ readers: [reader] });
    const meter = provider.getMeter('test');
    /** The collected points of `name`, as [attributes, value], and whether the sum is monotonic. */
    const collect = async (name: string) => {
      const { resourceMetrics } = await reader.collect();
      const metric = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
      if (!metric || !('isMonotonic' in metric)) throw new Error(`no sum named ${name}`);
      return { monotonic: metric.isMonotonic, points: metric.dataPoints.map((p) => [p.attributes, p.value]), description: metric.descriptor.description };
    };
    return { meter, collect };
  }

  it('exports what the SDK counter would: one cumulative sum per attribute set, whatever the key order or object', async () => {
    const { meter, collect } = meterWithReader();
    const tasks = summedCounter(meter, 'troupe_tasks', { description: 'Finished tasks' });
    const ok = { capability: 'tts', outcome: 'ok' };
    tasks.add(1, ok);
    tasks.add(2, ok);
    tasks.add(1, { outcome: 'ok', capability: 'tts' }); // another object, other key order: the same series
    tasks.add(1, { capability: 'tts', outcome: 'error' });
    tasks.add(5);
    tasks.add(-3, ok); // a counter never goes down (ignored, as the SDK does)
    tasks.add(Number.NaN, ok);
    const first = await collect('troupe_tasks');
    expect(first.monotonic).toBe(true);
    expect(first.description).toBe('Finished tasks');
    expect(first.points).toEqual(
      expect.arrayContaining([
        [{ capability: 'tts', outcome: 'ok' }, 4],
        [{ capability: 'tts', outcome: 'error' }, 1],
        [{}, 5],
      ]),
    );
    expect(first.points).toHaveLength(3);
    tasks.add(1, ok);
    expect((await collect('troupe_tasks')).points).toContainEqual([{ capability: 'tts', outcome: 'ok' }, 5]); // cumulative
  });

  it('keeps the attributes as they were at the first add (a caller mutating its object later cannot rename a series)', async () => {
    const { meter, collect } = meterWithReader();
    const counter = summedCounter(meter, 'c', { description: 'c' });
    const attributes: Record<string, string> = { reason: 'full' };
    counter.add(1, attributes);
    attributes.reason = 'draining';
    expect((await collect('c')).points).toEqual([[{ reason: 'full' }, 1]]);
  });

  it('an up-down counter goes both ways', async () => {
    const { meter, collect } = meterWithReader();
    const active = summedUpDownCounter(meter, 'active', { description: 'in flight' });
    const tts = { capability: 'tts' };
    active.add(1, tts);
    active.add(1, tts);
    active.add(-1, tts);
    const { monotonic, points } = await collect('active');
    expect(monotonic).toBe(false);
    expect(points).toEqual([[{ capability: 'tts' }, 1]]);
  });

  it('past 1,999 attribute sets, new ones are summed under otel.metric.overflow (bounded memory, as the SDK)', async () => {
    const { meter, collect } = meterWithReader();
    const counter = summedCounter(meter, 'wide', { description: 'wide' });
    for (let i = 0; i < 2_005; i++) counter.add(1, { id: String(i) });
    counter.add(1, { id: '0' }); // an existing set still counts as itself
    const { points } = await collect('wide');
    expect(points).toHaveLength(2_000); // the SDK's limit, the overflow series included
    expect(points).toContainEqual([{ 'otel.metric.overflow': true }, 6]);
    expect(points).toContainEqual([{ id: '0' }, 2]);
  });
});
