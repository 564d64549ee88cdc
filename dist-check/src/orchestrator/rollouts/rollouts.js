import { rollbackReason } from './rollback-decision.js';
import { rolloutFilter, sideOfVersion } from './rollout-routing.js';
import { SideWindow } from './side-window.js';
/**
 * This orchestrator's view of the rollouts (fed by the `troupe_rollouts` watch) and what it
 * measured of each side: routes the tasks that name no range ({@link VersionRouting}) and rolls
 * a canary back as soon as its window shows it worse than the stable's.
 */
export class Rollouts {
    options;
    #live = new Map();
    #random;
    constructor(options) {
        this.options = options;
        this.#random = options.random ?? Math.random;
    }
    /** A rollout as stored now (from the watch); undefined: the capability has none any more. */
    apply(capability, record) {
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
        if (live.rolledBack && record.state === 'active')
            return;
        live.record = record;
    }
    /** The rollout of `capability` as this orchestrator applies it, with its measurements. */
    get(capability) {
        const live = this.#live.get(capability);
        return live && { record: live.record, canary: live.canary.stats(), stable: live.stable.stats() };
    }
    route(capability) {
        const live = this.#live.get(capability);
        return live && rolloutFilter(live.record, capability, this.#random());
    }
    sideOf(capability, entry) {
        const live = this.#live.get(capability);
        return live && sideOfVersion(live.record, entry.versionOf(capability));
    }
    observe(capability, entry, outcome, latencyMs) {
        const live = this.#live.get(capability);
        if (!live || outcome === 'refused')
            return; // refused: full, not worse
        const side = sideOfVersion(live.record, entry.versionOf(capability));
        if (!side)
            return;
        live[side].push(outcome === 'ok', latencyMs);
        const r = live.record;
        if (r.state !== 'active' || r.weight === 0 || live.rolledBack)
            return;
        const reason = rollbackReason(r, live.canary.stats(), live.stable.stats(), r.policy);
        if (!reason)
            return;
        live.rolledBack = true;
        live.record = { ...r, state: 'rolled_back', weight: 0, reason };
        this.options.onRollback(r, reason);
    }
}
//# sourceMappingURL=rollouts.js.map