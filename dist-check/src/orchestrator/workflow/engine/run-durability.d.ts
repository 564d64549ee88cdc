import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { IdempotencyStore } from '../../store/idempotency.js';
import type { InstanceLease } from '../../store/leases.js';
import type { RunOwnerIndex } from '../../store/run-owners.js';
import { type RunPage, type RunPageFilter, type RunSummary } from '../../store/run-page.js';
import type { RunStore, StoredRun } from '../../store/run-record.js';
import type { RunExecutor, RunHooks, SignalResult } from './run-executor.js';
import { type SignalRequest } from './run-signal.js';
/**
 * The durable stores a `RunEngine` persists runs in (see docs/durability.md).
 * Without them runs live in memory only.
 */
export interface RunDurability {
    /** This orchestrator instance's id: the owner in leases and run records. */
    readonly owner: string;
    readonly runs: RunStore;
    /** This instance's lease (one per instance, not per run); the engine listens to its loss. */
    readonly lease: InstanceLease;
    /** Which instance owns which unfinished run. */
    readonly owners: RunOwnerIndex;
    readonly idempotency: IdempotencyStore;
    /** Period of the adoption pass (dead instances' leases). @default lease.ttlMs / 8 (500 ms) */
    readonly adoptEveryMs?: number;
    /** Retention of finished runs; swept every `sweepEveryMs`. @default 7 days, 10 000 runs, every 60 s */
    readonly retention?: {
        readonly maxAgeMs?: number;
        readonly maxCount?: number;
        readonly sweepEveryMs?: number;
    };
    /** The coalescing writer's retry delay after a failed write. @default 1000 */
    readonly retryMs?: number;
    /**
     * The NATS connection cancel requests travel on: this instance answers
     * `troupe.runs.cancel.<owner>` for the runs it drives, and CancelRun of a run
     * another instance drives asks that instance. Without it, such a CancelRun adopts
     * the run only when its owner's instance lease expired. SignalRun travels the same
     * way, on `troupe.runs.signal.<owner>`.
     */
    readonly nc?: NatsConnection;
    /** How long a cancel request waits for the owner's answer. @default 5000 */
    readonly cancelTimeoutMs?: number;
}
export { cancelSubject } from './run-cancel.js';
/** What {@link DurableRuns} needs from the engine that drives the runs. */
export interface DurableRunsHost {
    readonly logger: Logger;
    /** True while the run is driven by this engine. */
    driven(runId: string): boolean;
    /** Resumes a stored run that was just adopted with `epoch` (the engine compiles its workflow). */
    resume(stored: StoredRun, epoch: number): Promise<void>;
    /** Stops driving a run without writing (another owner took it: fenced, or the instance lease was taken over). */
    drop(runId: string, reason: string): void;
    /** Retention removed a finished run: forget it in memory. */
    removed(runId: string): void;
    /** Cancels a run driven here; `undefined` when it is not driven here. */
    cancel(runId: string, reason: string): string | undefined;
    /** Signals a waiting step of a run driven here; `undefined` when the run is not driven here. Throws NOT_FOUND / FAILED_PRECONDITION. */
    signal?(request: SignalRequest): SignalResult | undefined;
    /** An adoption pass ended: the runs it resumed are all back (flow control may start the ones that waited). */
    settled?(): void;
}
/**
 * The durable side of the run engine: writes every run's record through one
 * `CoalescingWriter` (one write per run per tick, compare-and-set fenced), holds
 * the instance lease (one per instance), resumes this instance's runs after a
 * restart and adopts the runs of dead instances, and sweeps retention.
 */
export declare class DurableRuns {
    #private;
    constructor(options: RunDurability, host: DurableRunsHost);
    /**
     * SignalRun of a run not driven here (see {@link signalElsewhere}): its owner signals
     * it, or it is adopted here first when its owner is gone. Resolves `undefined` if no
     * such run is stored.
     */
    signal(request: SignalRequest): Promise<SignalResult | undefined>;
    /**
     * A page of stored runs (all instances', finished ones while retained), newest first:
     * from the run list index when the store has one, else from every record.
     */
    page(filter: RunPageFilter, overlay: (runId: string) => RunSummary | undefined): Promise<RunPage>;
    /** The run store's live follow of one record, if it has one. */
    get follow(): RunStore['watch'];
    /**
     * CancelRun of a run not driven here (see {@link cancelElsewhere}): resolves with
     * the status, or `undefined` if no such run is stored.
     */
    cancel(runId: string, reason: string): Promise<string | undefined>;
    get owner(): string;
    /** Hooks that persist a run on every change of its actors (coalesced per tick). */
    hooks(): RunHooks;
    /** Binds a StartRun idempotency key; resolves with the run id it is bound to (another one: a duplicate). */
    claim(key: string, runId: string): Promise<string>;
    /** The stored record of a run. */
    stored(runId: string): Promise<StoredRun | undefined>;
    /**
     * A new run: indexes it under this instance and writes its first record with the
     * instance's epoch (so the run exists durably before StartRun answers). On
     * failure nothing is left behind (the idempotency key, when given, is released too).
     */
    create(run: RunExecutor, idempotencyKey?: string): Promise<void>;
    /** A run driven here finished: once its final record is written, it leaves the owner index. */
    finished(run: RunExecutor): Promise<void>;
    /** Forgets a dropped run: pending writes are discarded. */
    dropped(runId: string): void;
    /**
     * Takes the instance lease (if not yet held), starts the adoption and retention
     * timers and runs the first adoption pass (this instance's own runs of an
     * earlier life, then dead instances' runs).
     */
    start(): Promise<number>;
    /** One retention pass; resolves with the removed run ids. */
    sweep(now?: number): Promise<string[]>;
    /**
     * One adoption pass: this instance's own unfinished runs of older epochs (after a
     * restart with the same id, or a lost lease), then the runs of every instance whose
     * lease is dead, found through the owner index (never a scan of all run records);
     * each is taken over with a compare-and-set on its record and resumed.
     * Concurrent calls share one pass. Resolves with the number of runs resumed.
     */
    adopt(): Promise<number>;
    /**
     * Shutdown: the runs are not cancelled. Persistence is frozen, the latest state
     * written, the runs detached and the instance lease released (a survivor adopts them at once).
     */
    close(live: readonly RunExecutor[]): Promise<void>;
}
