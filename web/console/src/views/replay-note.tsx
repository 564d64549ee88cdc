import { Badge } from './common.js';

/** What a run replayed from a dead letter's failed step says of its origin (GetRun's `replayOf`, steps' `reused`). */
export interface ReplayOf {
  runId: string;
  stepId: string;
}

/** "Replay of run <id> from step X; reused (not run again): a, b", linking back, on a replayed run's detail. */
export function ReplayNote({ replayOf, steps }: { replayOf: ReplayOf | undefined; steps: readonly { id: string; reused?: boolean }[] }) {
  if (!replayOf) return null;
  const reused = steps.filter((s) => s.reused);
  return (
    <p class="meta replay-of" data-testid="replay-of">
      Replay of run <a href={`#/runs/${encodeURIComponent(replayOf.runId)}`}>{replayOf.runId}</a> from step <code>{replayOf.stepId}</code>
      {reused.length > 0 ? (
        <>
          ; reused (not run again):{' '}
          {reused.map((s) => (
            <span key={s.id} class="reused-step">
              <code>{s.id}</code> <Badge state="reused" />{' '}
            </span>
          ))}
        </>
      ) : (
        '; no step reused'
      )}
    </p>
  );
}
