import type { AgentEntry } from '../registry/agent-entry.js';
import type { VersionFilter, VersionRouting } from '../versions/version-filter.js';
import { rollbackReason } from './rollback-decision.js';
import type { RolloutRecord } from './rollout-record.js';
import { rolloutFilter, sideOfVersion, type RolloutSide } from './rollout-routing.js';
import { SideWindow, type SideStats } from './side-window.js';

/** Options of {@link Rollouts}. */
export interface RolloutsOptions {
  /** Source of the weighted draw, in [0, 1) (tests make it deterministic). @default Math.random */
  readonly random?: () => number;
  /**
   * The canary of `record` did worse than the stable by its policy's margins: store the rollback.
   * Traffic has already left the canary here; the stored record tells the other orchestrators.
   */
  readonly onRollback: (record: RolloutRecord, reason: string) => void;
}

interface Live {
  record: RolloutRecord;
  canary: SideWindow;
  stable: SideWindow;
  /** A rollback of this generation was decided here (waiting for the store to confirm it). */
  rolledBack: boolean;
}

/**
 * This orchestrator's view of the rollouts (fed by the `troupe_rollouts` watch) and what it
 * measured of each side: routes the tasks that name no range ({@link VersionRouting}) and rolls
 * a canary back as soon as its window shows it worse than the stable's.
 */
export class Rollouts implements VersionRouting {
  readonly #live = new Map<string, Live>();
  readonly #random: () => number;

  constructor(private readonly options: RolloutsOptions) {
    this.#random = options.random ?? Math.random;
  }

  /** A rollout as stored now (from the watch); undefined: the capability has none any more. */
  apply(capability: string, record: RolloutRecord | undefined): void {
    if (!record) {
      this.#live.delete(capability);
      return;
    }
    const live = this.#live.get(capability);
    // Measurements belong to one generation (one `set`); a promotion or rollback keeps them for reports.
    if (live?.record.generation !== record.generation || live.record.policy.window !== record.policy.window) {
      this.#live.set(capability, { record, canary: new SideWindow(record.policy.window), stable: new SideWindow(record.policy.window), rolledBack: false });
      return;
    }
    // The store still says active while our rollback is being written: keep traffic off the canary.
    if (live.rolledBack && record.state === 'active') return;
    live.record = record;
  }

  /** The rollout of `capability` as this orchestrator applies it, with its measurements. */
  get(capability: string): { record: RolloutRecord; canary: SideStats; stable: SideStats } | undefined {
    const live = this.#live.get(capability);
    return live && { record: live.record, canary: live.canary.stats(), stable: live.stable.stats() };
  }

  route(capability: string): VersionFilter | undefined {
    const live = this.#live.get(capability);
    return live && rolloutFilter(live.record, capability, this.#random());
  }

  sideOf(capability: string, entry: AgentEntry): RolloutSide | undefined {
    const live = this.#live.get(capability);
    return live && sideOfVersion(live.record, entry.versionOf(capability));
  }

  observe(capability: string, entry: AgentEntry, outcome: 'ok' | 'failed' | 'refused', latencyMs: number): void {
    const live = this.#live.get(capability);
    if (!live || outcome === 'refused') return; // refused: full, not worse
    const side = sideOfVersion(live.record, entry.versionOf(capability));
    if (!side) return;
    live[side].push(outcome === 'ok', latencyMs);
    const r = live.record;
    if (r.state !== 'active' || r.weight === 0 || live.rolledBack) return;
    const reason = rollbackReason(r, live.canary.stats(), live.stable.stats(), r.policy);
    if (!reason) return;
    live.rolledBack = true;
    live.record = { ...r, state: 'rolled_back', weight: 0, reason };
    this.options.onRollback(r, reason);
  }
}
