/** What one capability's served tasks add up to. */
export interface CapabilityTaskStats {
  /** Tasks that ran (admitted and settled), successful or not. */
  readonly tasks: number;
  /** Of those, the ones that failed (any status but OK). */
  readonly errors: number;
  /** Total time the tasks took, in nanoseconds (the unit of NATS micro stats). */
  readonly processingTimeNs: number;
  /** The status name of the last failure (e.g. `INVALID_ARGUMENT`), never its message. */
  readonly lastError: string | undefined;
  /** Failures by status name. */
  readonly errorsByCode: Readonly<Record<string, number>>;
}

const EMPTY: CapabilityTaskStats = Object.freeze({ tasks: 0, errors: 0, processingTimeNs: 0, lastError: undefined, errorsByCode: Object.freeze({}) });

/**
 * Per-capability counts of the tasks an agent instance served over gRPC, which the
 * announcer reports as the NATS micro stats of the capability's endpoint (so
 * `nats micro stats troupe-agent` shows them). Cheap enough to record on every task.
 */
export class TaskStats {
  readonly #byCapability = new Map<string, { tasks: number; errors: number; processingTimeNs: number; lastError: string | undefined; errorsByCode: Record<string, number> }>();

  /** Records one settled task; `failedWith` is its status name when it failed. */
  record(capability: string, durationMs: number, failedWith?: string): void {
    let s = this.#byCapability.get(capability);
    if (!s) this.#byCapability.set(capability, (s = { tasks: 0, errors: 0, processingTimeNs: 0, lastError: undefined, errorsByCode: {} }));
    s.tasks++;
    s.processingTimeNs += Math.max(1, Math.round(durationMs * 1e6));
    if (failedWith !== undefined) {
      s.errors++;
      s.lastError = failedWith;
      s.errorsByCode[failedWith] = (s.errorsByCode[failedWith] ?? 0) + 1;
    }
  }

  /** The counts of one capability (zeros when it served nothing yet). */
  get(capability: string): CapabilityTaskStats {
    const s = this.#byCapability.get(capability);
    return s ? { ...s, errorsByCode: { ...s.errorsByCode } } : EMPTY;
  }

  /** Forgets every count (NATS micro `reset`). */
  reset(): void {
    this.#byCapability.clear();
  }
}
