import type { Schedulable, Scheduler } from './scheduler.js';
/**
 * `troupe_queue_size{priority}`: tasks waiting per priority (1–5, every one present from
 * start-up), and `troupe_queue_capacity`: the most the queue holds before `SubmitTask`
 * answers RESOURCE_EXHAUSTED; their ratio is the queue-saturation alert. Observed on
 * scrape. Returns a stop function.
 */
export declare function observeScheduler(scheduler: Scheduler<Schedulable>): () => void;
