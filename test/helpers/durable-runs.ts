import type { RunStore, Stores, StoredRun } from '../../src/orchestrator/store/index.js';
import { DurableRuns, type DurableRunsHost } from '../../src/orchestrator/workflow/engine/run-durability.js';
import { testLogger } from './cluster.js';

/** A host that records the runs it is asked to resume, and drives exactly those. */
export function recordingHost(resumed: StoredRun[]): DurableRunsHost {
  return {
    logger: testLogger,
    driven: (runId) => resumed.some((r) => r.record.runId === runId),
    resume: (stored) => {
      resumed.push(stored);
      return Promise.resolve();
    },
    drop: () => undefined,
    removed: () => undefined,
    cancel: () => undefined,
  };
}

/** DurableRuns over `stores` (its owner), writing runs through `runs`; passes and sweeps only when called. */
export function durableRuns(stores: Stores, runs: RunStore, host: DurableRunsHost): DurableRuns {
  const { lease, owners, idempotency } = stores;
  return new DurableRuns({ owner: lease.owner, runs, lease, owners, idempotency, adoptEveryMs: 3_600_000, retention: { sweepEveryMs: 3_600_000 } }, host);
}

/** `runs` with `put` replaced (the other operations pass through). */
export function withPut(runs: RunStore, put: RunStore['put']): RunStore {
  return {
    put,
    get: (runId) => runs.get(runId),
    list: (filter) => runs.list(filter),
    delete: (runId, revision) => runs.delete(runId, revision),
  };
}
