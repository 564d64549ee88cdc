import { OutcomeWindow } from '../registry/demotion.js';

/** What one side of a rollout did recently, as compared and reported. */
export interface SideStats {
  /** Finished tasks in the window. */
  readonly samples: number;
  /** Share that succeeded (1 with none). */
  readonly successRate: number;
  /** Successful tasks whose latency is in the window. */
  readonly latencySamples: number;
  /** Median latency of those (ms); 0 with none. */
  readonly latencyP50Ms: number;
}

/**
 * The last `size` outcomes of one side of a rollout (the registry's demotion window), plus the
 * latencies of the last `size` successful ones.
 */
export class SideWindow {
  readonly #outcomes: OutcomeWindow;
  readonly #latencies: number[] = [];

  constructor(private readonly size: number) {
    this.#outcomes = new OutcomeWindow(size);
  }

  push(ok: boolean, latencyMs: number): void {
    this.#outcomes.push(ok);
    if (!ok) return;
    this.#latencies.push(latencyMs);
    if (this.#latencies.length > this.size) this.#latencies.shift();
  }

  stats(): SideStats {
    return { samples: this.#outcomes.samples, successRate: this.#outcomes.rate, latencySamples: this.#latencies.length, latencyP50Ms: median(this.#latencies) };
  }
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
