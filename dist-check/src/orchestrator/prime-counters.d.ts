/** Final run statuses, the values of `troupe_runs_finished_total{status}`. */
export declare const FINAL_RUN_STATUSES: readonly ["completed", "failed", "cancelled"];
/** Values of `troupe_lease_events_total{event}`. */
export declare const LEASE_EVENTS: readonly ["acquired", "lost"];
/** Values of `troupe_webhook_deliveries_total{outcome}`. */
export declare const WEBHOOK_OUTCOMES: readonly ["delivered", "failed"];
/** Values of `troupe_child_runs_total{outcome}`. */
export declare const CHILD_RUN_OUTCOMES: readonly ["completed", "failed", "cancelled", "not_started"];
/** Values of `troupe_bulk_run_items_total{outcome}`. */
export declare const BULK_ITEM_OUTCOMES: readonly ["started", "existing", "refused"];
/**
 * Makes the orchestrator's counters whose label sets are known at start-up exist at 0,
 * so a rate, a ratio or an `increase() > 0` alert sees a series from the first scrape
 * rather than nothing (Prometheus conventions; docs/metrics.md).
 */
export declare function primeCounters(): void;
/**
 * The per-capability series, at 0, the first time the orchestrator learns of a
 * capability (an agent offering it registered): tasks in flight, successful tasks
 * and dead letters. Failed outcomes (one per gRPC status) appear when they happen.
 */
export declare function primeCapability(capability: string): void;
