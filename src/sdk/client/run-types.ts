import type { Json } from '../grpc/struct.js';

/** What {@link RunsClient.startRun} needs. */
export interface StartRunRequest {
  /** Name of a registered workflow. */
  workflow: string;
  /** The run's input (JSON). */
  input?: Json;
  /** Starting twice with the same key returns the first run. */
  idempotencyKey?: string;
  /** 1 (highest) … 5 (lowest). @default 3 */
  priority?: number;
  /** Time budget of the whole run in ms. @default the orchestrator's */
  timeoutMs?: number;
}

/** A started (or, with a reused idempotency key, existing) run. */
export interface StartedRun {
  runId: string;
  /** True when the idempotency key matched an existing run. */
  existing: boolean;
  traceId: string;
}

/** One WatchRun event. */
export interface RunWatchEvent {
  type: string;
  stepId: string;
  detail: Json;
  /** Present for `chunk` events. */
  chunk?: { sequence: number; contentType: string; data: Buffer; durationMs: number; traceparent: string };
}

/** Filters of {@link RunsClient.listRuns}. */
export interface ListRunsFilter {
  workflow?: string;
  status?: string;
  /** @default 100 */
  limit?: number;
}
