/**
 * Recommendations in a finished run's report: a few factual sentences drawn from
 * its own metrics and from the recent runs of the same workflow this orchestrator
 * still holds in memory. Pure; no I/O.
 *
 * @packageDocumentation
 */

/** An attempt as the report carries it (see `TaskAttempt`). */
interface AttemptLike {
  readonly instanceId: string;
  readonly capability: string;
  readonly startedAt: number;
  readonly outcome?: string;
}

/** A step as the report carries it (see `RunStepReport` and `buildReport`). */
export interface StepLike {
  readonly id: string;
  readonly status: string;
  readonly startedAt?: number;
  readonly error?: string;
  readonly recovery?: 'skip' | 'use';
  readonly items?: { readonly total: number; readonly done: number };
  readonly tasks?: readonly { readonly attempts: readonly AttemptLike[] }[];
}

/** A run as the report carries it. */
export interface RunLike {
  readonly runId: string;
  readonly status: string;
  readonly createdAt?: number;
  readonly startedAt?: number;
  readonly endedAt?: number;
  readonly steps: readonly StepLike[];
}

/** Thresholds of {@link recommendations}. */
export interface RecommendationOptions {
  /** Runs of the workflow looked at, this one included. @default 10 */
  readonly window?: number;
  /** Runs in the window where a step failed on one instance before it is named. @default 2 */
  readonly minFailedRuns?: number;
  /** Share of the run's time spent waiting before queue wait is said to dominate. @default 0.5 */
  readonly queueShare?: number;
  /** Runs shorter than this say nothing about queue wait. @default 100 */
  readonly minRunMs?: number;
}

const failedAttempt = (a: AttemptLike): boolean => a.outcome !== undefined && a.outcome !== 'succeeded';
const attemptsOf = (step: StepLike): AttemptLike[] => (step.tasks ?? []).flatMap((t) => t.attempts);

/**
 * Sentences for a finished run, most useful first:
 * - a step its `on_failure` recovered, or that used its fallback capability (and in how many recent runs);
 * - `step X failed in N of the last M runs on instance Y` (attempts that failed there);
 * - `queue wait dominated (N ms of M ms)`: time before the run started and before each
 *   step's first attempt was dispatched (plain steps; for_each items queue by design).
 *
 * @param run the run's report
 * @param recent earlier runs of the same workflow, newest first (only finished ones count)
 * @example recommendations(report, history) // ['step voice used its fallback capability tts.simple', …]
 */
export function recommendations(run: RunLike, recent: readonly RunLike[], options: RecommendationOptions = {}): string[] {
  const window = [run, ...recent.filter((r) => r.runId !== run.runId && r.endedAt !== undefined)].slice(0, options.window ?? 10);
  const out: string[] = [];
  const inRuns = (n: number): string => `in ${n} of the last ${window.length} runs`;
  const stepIn = (r: RunLike, id: string): StepLike | undefined => r.steps.find((s) => s.id === id);
  for (const step of run.steps) {
    if (step.recovery) {
      const n = window.filter((r) => stepIn(r, step.id)?.recovery !== undefined).length;
      const how = step.recovery === 'skip' ? 'was skipped with its on_failure default output' : 'continued with its on_failure data';
      out.push(`step ${step.id} failed and ${how} (${inRuns(n)}): ${step.error ?? 'unknown error'}`);
    }
    const used = fallbackUsed(step);
    if (used) {
      const n = window.filter((r) => {
        const s = stepIn(r, step.id);
        return s !== undefined && fallbackUsed(s) !== undefined;
      }).length;
      out.push(`step ${step.id} used its fallback capability ${used} (${inRuns(n)})`);
    }
  }
  out.push(...failingInstances(run, window, options));
  const queue = queueWait(run, options);
  if (queue) out.push(queue);
  return out;
}

/** The fallback capability a step's attempts moved to, if any. */
function fallbackUsed(step: StepLike): string | undefined {
  for (const task of step.tasks ?? []) {
    const primary = task.attempts[0]?.capability;
    const other = task.attempts.find((a) => a.capability !== primary);
    if (other) return other.capability;
  }
  return undefined;
}

function failingInstances(run: RunLike, window: readonly RunLike[], options: RecommendationOptions): string[] {
  // step id → instance → runs in which an attempt of that step failed there
  const failures = new Map<string, Map<string, number>>();
  for (const r of window) {
    for (const step of r.steps) {
      const instances = new Set(attemptsOf(step).filter(failedAttempt).map((a) => a.instanceId).filter((id) => id !== ''));
      for (const instance of instances) {
        const byInstance = failures.get(step.id) ?? new Map<string, number>();
        byInstance.set(instance, (byInstance.get(instance) ?? 0) + 1);
        failures.set(step.id, byInstance);
      }
    }
  }
  const out: string[] = [];
  for (const step of run.steps) {
    const worst = [...(failures.get(step.id) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (worst && worst[1] >= (options.minFailedRuns ?? 2)) {
      out.push(`step ${step.id} failed in ${worst[1]} of the last ${window.length} runs on instance ${worst[0]}`);
    }
  }
  return out;
}

function queueWait(run: RunLike, options: RecommendationOptions): string | undefined {
  const from = run.createdAt ?? run.startedAt;
  const to = run.endedAt;
  if (from === undefined || to === undefined || to - from < (options.minRunMs ?? 100)) return undefined;
  const intervals: [number, number][] = [];
  if (run.startedAt !== undefined) intervals.push([from, run.startedAt]);
  for (const step of run.steps) {
    const first = attemptsOf(step)[0];
    if (step.items === undefined && step.startedAt !== undefined && first) intervals.push([step.startedAt, first.startedAt]);
  }
  const waited = unionLength(intervals, from, to);
  if (waited <= (to - from) * (options.queueShare ?? 0.5)) return undefined;
  return `queue wait dominated (${Math.round(waited)} ms of ${Math.round(to - from)} ms): runs waited for admission or for a free agent; add instances or raise their maxConcurrency`;
}

/** Total length of the union of `[start, end]` intervals, clipped to `[from, to]`. */
function unionLength(intervals: readonly [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (a >= end) {
      total += b - a;
      end = b;
    } else if (b > end) {
      total += b - end;
      end = b;
    }
  }
  return total;
}
