import { METRIC, observeGauge } from '../../sdk/telemetry/index.js';
import type { Schedulable, Scheduler } from './scheduler.js';

/** `troupe_queue_size{priority}`: tasks waiting per priority, observed on scrape. Returns a stop function. */
export function observeScheduler(scheduler: Scheduler<Schedulable>): () => void {
  return observeGauge(METRIC.QUEUE_SIZE, 'Tasks waiting in the priority queue, by priority', (record) => {
    scheduler.stats().queued.forEach((n, i) => record(n, { priority: String(i + 1) }));
  });
}
