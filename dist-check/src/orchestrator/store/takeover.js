import { mapLimited } from '../../sdk/util/map-limited.js';
import { adoptRun } from './adopt.js';
import { MARKER_REFRESH_MS } from './run-owners.js';
/** Runs adopted at once by default. */
const DEFAULT_CONCURRENCY = 128;
/**
 * A lease-less owner's marker with no runs under it is removed once this old: far longer
 * than {@link MARKER_REFRESH_MS}, so an owner still adding runs has always rewritten it.
 */
export const MARKER_GRACE_MS = 6 * MARKER_REFRESH_MS;
/**
 * Finds and adopts the runs of dead orchestrator instances. A pass reads the
 * instance leases (one key per instance: its cost does not depend on the number
 * of runs); for each dead one (expired, released or already taken over) it marks
 * the lease taken over by this instance (compare-and-set: the dead instance, if it
 * wakes, learns from the store that it lost its runs), lists that instance's runs
 * in the {@link RunOwnerIndex} (one key prefix, only while a takeover is going on),
 * and hands each to the caller, which adopts it with {@link RunTakeover.adopt}.
 * Once an instance has no indexed runs left its lease is deleted.
 *
 * @example
 * await takeover.pass(async (runId, from) => { const run = await takeover.adopt(runId, from); if (run) resume(run); });
 */
export class RunTakeover {
    #options;
    constructor(options) {
        this.#options = options;
    }
    /** Leases of other instances whose runs may be taken over now (`InstanceLease.mayTakeOver`). */
    async deadInstances() {
        const { lease } = this.#options;
        return (await lease.list()).filter((l) => l.owner !== lease.owner && lease.mayTakeOver(l));
    }
    /** One takeover pass over every dead instance; `each` is called for each of their indexed runs. */
    async pass(each) {
        const { lease, owners } = this.#options;
        if (lease.epoch === undefined)
            return; // without our own lease we could not adopt anything
        for (let dead of await this.deadInstances()) {
            if (!(await lease.takeOver(dead))) {
                const now = await lease.read(dead.owner); // renewed (alive after all) or marked by another survivor
                if (!now || !lease.mayTakeOver(now))
                    continue;
                dead = now;
            }
            const runIds = await owners.list(dead.owner);
            if (runIds.length === 0) {
                const now = await lease.read(dead.owner);
                if (now)
                    await lease.forget(now);
                continue;
            }
            const from = { owner: dead.owner, epoch: dead.epoch };
            await mapLimited(runIds, this.#options.concurrency ?? DEFAULT_CONCURRENCY, (runId) => each(runId, from));
        }
    }
    /** This instance's own runs of earlier epochs (an earlier life, or before a lost lease); `each` as in `pass`. */
    async own(each) {
        const { lease, owners } = this.#options;
        const epoch = lease.epoch;
        if (epoch === undefined)
            return;
        const runIds = await owners.list(lease.owner);
        const from = { owner: lease.owner, epoch: epoch - 1 };
        await mapLimited(runIds, this.#options.concurrency ?? DEFAULT_CONCURRENCY, (runId) => each(runId, from));
    }
    /**
     * The safety net for runs of an instance that has NO lease at all (its lease was
     * deleted after a takeover while it created one more run, and it died): hands each run
     * of a lease-less owner to `each`, as in `pass`. The first sweep of a process reads the
     * whole index (keys only: it also finds owners from before owner markers existed); later
     * ones read the owner markers, then the runs of lease-less owners only, so a sweep costs
     * as much with 100,000 runs in flight as with ten. A lease-less owner with no runs left
     * loses its marker once it is older than {@link MARKER_GRACE_MS}.
     */
    async strays(each) {
        const { lease, owners } = this.#options;
        if (lease.epoch === undefined)
            return;
        const known = new Set((await lease.list()).map((l) => l.owner));
        const lost = (owner) => owner !== lease.owner && !known.has(owner);
        const adoptAll = (owner, runIds) => mapLimited(runIds, this.#options.concurrency ?? DEFAULT_CONCURRENCY, (runId) => each(runId, { owner, epoch: Number.MAX_SAFE_INTEGER })).then(() => undefined);
        if (!this.#sweptWholeIndex) {
            for (const [owner, runIds] of await owners.all())
                if (lost(owner))
                    await adoptAll(owner, runIds);
            this.#sweptWholeIndex = true;
            return;
        }
        const now = (this.#options.now ?? Date.now)();
        for (const marker of await owners.markers()) {
            if (!lost(marker.owner))
                continue;
            const runIds = await owners.list(marker.owner);
            if (runIds.length > 0)
                await adoptAll(marker.owner, runIds);
            else if (now - marker.writtenAt > MARKER_GRACE_MS)
                await owners.forgetOwner(marker).catch(() => false);
        }
    }
    #sweptWholeIndex = false;
    /**
     * Adopts `runId` from `from` for this instance: indexes it under this instance
     * first, then writes this instance's owner and epoch into the record
     * (compare-and-set; of racing survivors exactly one wins), then removes the old
     * owner's index entry. Resolves with the adopted record, or undefined (finished,
     * missing, or won by someone else; the index is cleaned up).
     */
    async adopt(runId, from) {
        const { lease, owners, runs } = this.#options;
        const me = lease.owner;
        const epoch = lease.epoch;
        if (epoch === undefined)
            return undefined;
        // This instance's own runs are indexed under it already (that is how they were found).
        if (from.owner !== me)
            await owners.add(me, runId);
        const result = await adoptRun(runs, runId, from, { owner: me, epoch });
        if (result.outcome === 'adopted') {
            if (from.owner !== me)
                await owners.remove(from.owner, runId).catch(() => undefined);
            return result.run;
        }
        const holder = result.outcome === 'superseded' ? result.run.record.owner : undefined;
        if (holder !== me)
            await owners.remove(me, runId).catch(() => undefined);
        if (holder !== from.owner && from.owner !== me)
            await owners.remove(from.owner, runId).catch(() => undefined);
        return undefined;
    }
}
//# sourceMappingURL=takeover.js.map