import { METRIC, observeGauge } from '../../sdk/telemetry/index.js';
/**
 * `troupe_queue_size{priority}`: tasks waiting per priority (1–5, every one present from
 * start-up), and `troupe_queue_capacity`: the most the queue holds before `SubmitTask`
 * answers RESOURCE_EXHAUSTED; their ratio is the queue-saturation alert. Observed on
 * scrape. Returns a stop function.
 */
export function observeScheduler(scheduler) {
    const stopSize = observeGauge(METRIC.QUEUE_SIZE, 'Tasks waiting in the priority queue, by priority', (record) => {
        scheduler.stats().queued.forEach((n, i) => record(n, { priority: String(i + 1) }));
    });
    const stopCapacity = observeGauge(METRIC.QUEUE_CAPACITY, 'Tasks the priority queue holds at most', (record) => record(scheduler.capacity));
    return () => {
        stopSize();
        stopCapacity();
    };
}
//# sourceMappingURL=scheduler-metrics.js.map