/**
 * A run's trace as a waterfall drawn from its own timings (the report's steps and their task
 * attempts), pure: one bar per step and one per attempt, each as an offset and a length in
 * milliseconds from the run's start. Open ends (still running) reach `now`.
 */

export interface Bar {
  readonly label: string;
  /** 'span': a span of the real trace (jaeger-waterfall.ts); the others are the run's own timings. */
  readonly kind: 'run' | 'step' | 'attempt' | 'span';
  readonly status: string;
  readonly startMs: number;
  readonly durationMs: number;
  /** Who ran it: the agent instance (attempts), the service and agent or step (spans). */
  readonly detail?: string;
  /** How deep in the trace tree (spans): 0 for a root. */
  readonly depth?: number;
}

interface Attempt {
  readonly instanceId?: string;
  readonly startedAt?: number;
  readonly endedAt?: number;
  readonly outcome?: string;
  readonly attempt?: number;
}

interface ReportLike {
  readonly status?: string;
  readonly createdAt?: number;
  readonly startedAt?: number | null;
  readonly endedAt?: number | null;
  readonly steps?: readonly { id: string; status: string; startedAt?: number; endedAt?: number; tasks?: readonly { attempts?: readonly Attempt[] }[] }[];
}

export function waterfall(report: ReportLike, now: number): { bars: Bar[]; totalMs: number } {
  const origin = report.startedAt ?? report.createdAt;
  if (origin === undefined) return { bars: [], totalMs: 0 };
  const end = (t: number | null | undefined): number => t ?? now;
  const bars: Bar[] = [{ label: 'run', kind: 'run', status: report.status ?? '', startMs: 0, durationMs: Math.max(0, end(report.endedAt) - origin) }];
  for (const step of report.steps ?? []) {
    if (step.startedAt === undefined) continue;
    bars.push({ label: step.id, kind: 'step', status: step.status, startMs: Math.max(0, step.startedAt - origin), durationMs: Math.max(0, end(step.endedAt) - step.startedAt) });
    const attempts = (step.tasks ?? []).flatMap((t) => t.attempts ?? []);
    attempts.forEach((a, i) => {
      if (a.startedAt === undefined) return;
      bars.push({
        label: `${step.id} #${a.attempt ?? i + 1}`,
        kind: 'attempt',
        status: a.outcome ?? (a.endedAt === undefined ? 'running' : ''),
        startMs: Math.max(0, a.startedAt - origin),
        durationMs: Math.max(0, end(a.endedAt) - a.startedAt),
        ...(a.instanceId ? { detail: a.instanceId } : {}),
      });
    });
  }
  const totalMs = Math.max(1, ...bars.map((b) => b.startMs + b.durationMs));
  return { bars, totalMs };
}
