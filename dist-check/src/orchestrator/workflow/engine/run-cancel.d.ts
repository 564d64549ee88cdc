import { type NatsConnection } from 'nats';
import type { RunOwner } from '../../store/adopt.js';
import type { InstanceLease } from '../../store/leases.js';
import { type RunStore } from '../../store/run-record.js';
/** The subject an orchestrator instance answers cancel requests for its runs on. */
export declare function cancelSubject(owner: string): string;
/** What {@link cancelElsewhere} needs. */
export interface CancelElsewhereDeps {
    /** This instance's id. */
    readonly owner: string;
    readonly runs: RunStore;
    readonly lease: InstanceLease;
    /** Without it, a run with a live owner cannot be cancelled from here (UNAVAILABLE). */
    readonly nc?: NatsConnection;
    /** How long the owner's answer is awaited. @default 5000 */
    readonly cancelTimeoutMs?: number;
    /** Cancels a run driven here; `undefined` when it is not driven here. */
    cancelHere(runId: string, reason: string): string | undefined;
    /** Adopts a run from `from` and resumes it here; resolves true when it did. */
    adopt(runId: string, from: RunOwner): Promise<boolean>;
}
/**
 * CancelRun of a run not driven here: a finished run answers its status; a run
 * whose owner's instance lease is live (and of the record's epoch) is cancelled by
 * that owner (a NATS request on its {@link cancelSubject}); a run without a live
 * owner is adopted here, then cancelled here. Resolves with the status, or
 * `undefined` if no such run is stored. Throws `UnavailableError` when the owner
 * holds a live lease but does not answer (retry once its lease expired).
 */
export declare function cancelElsewhere(runId: string, reason: string, deps: CancelElsewhereDeps): Promise<string | undefined>;
