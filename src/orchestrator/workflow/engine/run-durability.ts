import type { NatsConnection, Subscription } from 'nats';
import type { Logger } from 'pino';
import { TroupeError, UnavailableError } from '../../../sdk/errors.js';
import { instruments } from '../../../sdk/telemetry/index.js';
import type { RunOwner } from '../../store/adopt.js';
import { CoalescingWriter } from '../../store/coalescing-writer.js';
import type { IdempotencyStore } from '../../store/idempotency.js';
import type { InstanceLease } from '../../store/leases.js';
import { RunRetention } from '../../store/retention.js';
import type { RunOwnerIndex } from '../../store/run-owners.js';
import { pageOf, summaryFromRecord, type RunPage, type RunPageFilter, type RunSummary } from '../../store/run-page.js';
import type { RunStore, StoredRun } from '../../store/run-record.js';
import { RunTakeover } from '../../store/takeover.js';
import { cancelElsewhere, cancelSubject } from './run-cancel.js';
import type { RunExecutor, RunHooks, SignalResult } from './run-executor.js';
import { answerSignal, parseSignalRequest, signalElsewhere, signalSubject, type SignalRequest } from './run-signal.js';

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
  readonly retention?: { readonly maxAgeMs?: number; readonly maxCount?: number; readonly sweepEveryMs?: number };
  /** The coalescing writer's retry delay after a failed write. @default 1000 */
  readonly retryMs?: number;
  /**
   * Progress (a step or an attempt started) is written with the run's next change that
   * finishes work, or this long after it at the latest; 0 writes it at once. A crash within
   * it forgets that the attempt started: the run's next owner starts it again, as it does an
   * attempt it finds in flight. @default 250
   */
  readonly progressWriteDelayMs?: number;
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

/** The longest wait between passes over this instance's own runs while one keeps failing to resume. */
const OWN_RETRY_MAX_MS = 60_000;

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
export class DurableRuns {
  readonly #options: RunDurability;
  readonly #host: DurableRunsHost;
  readonly #writer: CoalescingWriter;
  readonly #retention: RunRetention;
  readonly #takeover: RunTakeover;
  /** The lease epoch each run driven here is written with. */
  readonly #epochs = new Map<string, number>();
  /** See {@link RunDurability.progressWriteDelayMs}. */
  readonly #progressMs: number;
  readonly #timers: NodeJS.Timeout[] = [];
  #adopting: Promise<number> | undefined;
  #closing = false;
  #started = false;
  /** This instance's own runs of older epochs still to resume (after a restart or a lost lease). */
  #ownPending = true;
  /** Passes over this instance's own runs in a row that left one behind, and when the next may start (backoff). */
  #ownFailures = 0;
  #ownNotBefore = 0;
  readonly #cancelSub: Subscription | undefined;
  readonly #signalSub: Subscription | undefined;

  constructor(options: RunDurability, host: DurableRunsHost) {
    this.#options = options;
    this.#host = host;
    this.#progressMs = options.progressWriteDelayMs ?? 250;
    this.#writer = new CoalescingWriter({
      store: options.runs,
      retryMs: options.retryMs ?? 1000,
      onStale: (runId) => host.drop(runId, 'a newer owner wrote the run (fenced)'),
      onError: (runId, err) => host.logger.warn({ run_id: runId, err }, 'run write failed; retrying'),
    });
    this.#retention = new RunRetention({
      runs: options.runs,
      ...(options.retention?.maxAgeMs !== undefined ? { maxAgeMs: options.retention.maxAgeMs } : {}),
      ...(options.retention?.maxCount !== undefined ? { maxCount: options.retention.maxCount } : {}),
      onRemoved: (runId) => host.removed(runId),
    });
    this.#takeover = new RunTakeover({ lease: options.lease, owners: options.owners, runs: options.runs });
    options.lease.listen({
      // The store proved another owner took this instance's runs: stop driving every one.
      onLost: (lost) => {
        instruments().leaseEvents.add(1, { event: 'lost' });
        const runIds = [...this.#epochs.keys()];
        host.logger.warn({ epoch: lost?.epoch, runs: runIds.length }, 'instance lease taken over by another orchestrator; dropping its runs');
        for (const runId of runIds) host.drop(runId, 'its lease was lost: another orchestrator took this instance over');
      },
      onAcquired: (lease) => {
        instruments().leaseEvents.add(1, { event: 'acquired' });
        host.logger.info({ epoch: lease.epoch }, 'instance lease acquired');
        this.#ownPending = true;
        this.#ownFailures = 0;
        this.#ownNotBefore = 0;
        if (this.#started) void this.adopt().catch((err: unknown) => host.logger.warn({ err }, 'adoption pass failed'));
      },
    });
    this.#cancelSub = options.nc?.subscribe(cancelSubject(options.owner), {
      callback: (err, msg) => {
        if (err) return;
        try {
          // Another process's message: check the types, not just trust them.
          const { runId, reason } = msg.json<{ runId?: unknown; reason?: unknown }>();
          const status = typeof runId === 'string' ? host.cancel(runId, typeof reason === 'string' ? reason : 'cancelled with CancelRun') : undefined;
          msg.respond(JSON.stringify(status === undefined ? { notDriven: true } : { status }));
        } catch (e) {
          host.logger.warn({ err: e }, 'bad cancel request');
          msg.respond(JSON.stringify({ notDriven: true }));
        }
      },
    });
    // SignalRun of a run driven here, forwarded by another instance (see run-signal.ts).
    this.#signalSub = options.nc?.subscribe(signalSubject(options.owner), {
      callback: (err, msg) => {
        if (err) return;
        let answer;
        try {
          answer = answerSignal(parseSignalRequest(msg.json()), (request) => host.signal?.(request));
        } catch (e) {
          host.logger.warn({ err: e }, 'bad signal request');
          answer = { notDriven: true };
        }
        msg.respond(JSON.stringify(answer));
      },
    });
  }

  /**
   * SignalRun of a run not driven here (see {@link signalElsewhere}): its owner signals
   * it, or it is adopted here first when its owner is gone. Resolves `undefined` if no
   * such run is stored.
   */
  signal(request: SignalRequest): Promise<SignalResult | undefined> {
    const { runs, lease, nc, cancelTimeoutMs } = this.#options;
    return signalElsewhere(request, {
      owner: this.owner,
      runs,
      lease,
      ...(nc ? { nc } : {}),
      ...(cancelTimeoutMs !== undefined ? { timeoutMs: cancelTimeoutMs } : {}),
      signalHere: (r) => this.#host.signal?.(r),
      adopt: (id, from) => this.#adoptOne(id, from),
    });
  }

  /**
   * A page of stored runs (all instances', finished ones while retained), newest first:
   * from the run list index when the store has one, else from every record.
   */
  async page(filter: RunPageFilter, overlay: (runId: string) => RunSummary | undefined): Promise<RunPage> {
    const { runs } = this.#options;
    if (runs.page) return runs.page(filter, overlay);
    return pageOf((await runs.list()).map(({ record }) => overlay(record.runId) ?? summaryFromRecord(record)), filter);
  }

  /** The run store's live follow of one record, if it has one. */
  get follow(): RunStore['watch'] {
    return this.#options.runs.watch?.bind(this.#options.runs);
  }

  /**
   * CancelRun of a run not driven here (see {@link cancelElsewhere}): resolves with
   * the status, or `undefined` if no such run is stored.
   */
  cancel(runId: string, reason: string): Promise<string | undefined> {
    const { runs, lease, nc, cancelTimeoutMs } = this.#options;
    return cancelElsewhere(runId, reason, {
      owner: this.owner,
      runs,
      lease,
      ...(nc ? { nc } : {}),
      ...(cancelTimeoutMs !== undefined ? { cancelTimeoutMs } : {}),
      cancelHere: (id, why) => this.#host.cancel(id, why),
      adopt: (id, from) => this.#adoptOne(id, from),
    });
  }

  get owner(): string {
    return this.#options.owner;
  }

  /** See {@link RunDurability.adoptEveryMs}. */
  get #adoptEveryMs(): number {
    return this.#options.adoptEveryMs ?? Math.max(50, Math.floor(this.#options.lease.ttlMs / 8));
  }

  /** Hooks that persist a run on every change of its actors (coalesced per tick). */
  hooks(): RunHooks {
    return {
      onChange: (run, progress) => {
        const epoch = this.#epochs.get(run.runId);
        if (epoch !== undefined) this.#writer.schedule(run.runId, () => run.toRecord(this.owner, epoch), progress ? this.#progressMs : 0);
      },
    };
  }

  /** Binds a StartRun idempotency key; resolves with the run id it is bound to (another one: a duplicate). */
  claim(key: string, runId: string): Promise<string> {
    return this.#options.idempotency.claim(key, runId);
  }

  /** The stored record of a run. */
  stored(runId: string): Promise<StoredRun | undefined> {
    return this.#options.runs.get(runId);
  }

  /**
   * A new run: indexes it under this instance and writes its first record with the
   * instance's epoch (so the run exists durably before StartRun answers). On
   * failure nothing is left behind (the idempotency key, when given, is released too).
   */
  async create(run: RunExecutor, idempotencyKey?: string): Promise<void> {
    const { lease, owners, runs } = this.#options;
    this.#creating.add(run.runId);
    try {
      const epoch = lease.epoch ?? (await lease.acquire().catch((err: unknown) => {
        throw new UnavailableError('this orchestrator cannot reach its instance lease in NATS; retry shortly', {}, err);
      })).epoch;
      await owners.add(this.owner, run.runId);
      const revision = await runs.put(run.toRecord(this.owner, epoch), null);
      this.#writer.track(run.runId, revision);
      this.#epochs.set(run.runId, epoch);
    } catch (err) {
      if (idempotencyKey) await this.#options.idempotency.forget(idempotencyKey).catch(() => undefined);
      await owners.remove(this.owner, run.runId).catch(() => undefined);
      // A write that timed out may have landed: the id is new and nobody else knows it.
      await runs.delete(run.runId).catch(() => undefined);
      if (err instanceof TroupeError) throw err;
      throw new UnavailableError(`the run could not be stored (NATS slow or unreachable?); retry: ${(err as Error).message}`, {}, err);
    } finally {
      this.#creating.delete(run.runId);
    }
  }

  /** Runs being created here: indexed, maybe not stored yet (an adoption pass reading this instance's own runs leaves them alone). */
  readonly #creating = new Set<string>();

  /** A run driven here finished: once its final record is written, it leaves the owner index. */
  async finished(run: RunExecutor): Promise<void> {
    if (!run.attached || this.#closing) return;
    await this.#writer.idle(run.runId);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- close() may have run during the awaits above
    if (!this.#epochs.has(run.runId) || this.#closing) return;
    this.#writer.forget(run.runId);
    this.#epochs.delete(run.runId);
    await this.#options.owners.remove(this.owner, run.runId).catch(() => undefined);
  }

  /** Forgets a dropped run: pending writes are discarded. */
  dropped(runId: string): void {
    this.#writer.forget(runId);
    this.#epochs.delete(runId);
  }

  /**
   * Takes the instance lease (if not yet held), starts the adoption and retention
   * timers and runs the first adoption pass (this instance's own runs of an
   * earlier life, then dead instances' runs).
   */
  async start(): Promise<number> {
    if (this.#closing) return 0;
    await this.#options.lease.acquire();
    this.#started = true;
    const { logger } = this.#host;
    const every = this.#adoptEveryMs;
    const adopt = setInterval(() => void this.adopt().catch((err: unknown) => logger.warn({ err }, 'adoption sweep failed')), every);
    const sweep = setInterval(() => void this.sweep().catch((err: unknown) => logger.warn({ err }, 'retention sweep failed')), this.#options.retention?.sweepEveryMs ?? 60_000);
    adopt.unref();
    sweep.unref();
    this.#timers.push(adopt, sweep);
    void this.#options.runs.indexExisting?.().then(
      (n) => n > 0 && logger.info({ runs: n }, 'indexed the runs stored before the run list index existed'),
      (err: unknown) => logger.warn({ err }, 'indexing existing runs failed; ListRuns shows them after their next change'),
    );
    return this.adopt();
  }

  /** One retention pass; resolves with the removed run ids. */
  async sweep(now: number = Date.now()): Promise<string[]> {
    // Runs whose owner has no lease at all (see RunTakeover.strays) are adopted here, rarely.
    await this.#takeover
      .strays(async (runId, from) => {
        await this.#adoptEach(runId, from);
      }).catch((err: unknown) => this.#host.logger.warn({ err }, 'stray-run sweep failed'))
      .finally(() => this.#host.settled?.());
    const removed = await this.#retention.sweep(now);
    if (removed.length > 0) this.#host.logger.info({ removed: removed.length }, 'retention removed finished runs');
    return removed;
  }

  /**
   * One adoption pass: this instance's own unfinished runs of older epochs (after a
   * restart with the same id, or a lost lease), then the runs of every instance whose
   * lease is dead, found through the owner index (never a scan of all run records);
   * each is taken over with a compare-and-set on its record and resumed.
   * Concurrent calls share one pass. Resolves with the number of runs resumed.
   */
  adopt(): Promise<number> {
    this.#adopting ??= this.#adoptAll().finally(() => {
      this.#adopting = undefined;
      this.#host.settled?.();
    });
    return this.#adopting;
  }

  /**
   * Shutdown: the runs are not cancelled. Persistence is frozen, the latest state
   * written, the runs detached and the instance lease released (a survivor adopts them at once).
   */
  async close(live: readonly RunExecutor[]): Promise<void> {
    this.#closing = true;
    this.#cancelSub?.unsubscribe();
    this.#signalSub?.unsubscribe();
    for (const timer of this.#timers) clearInterval(timer);
    for (const run of live) run.freeze();
    await this.#writer.flush();
    for (const run of live) run.detach('the orchestrator is shutting down');
    await this.#adopting?.catch(() => undefined);
    await this.#options.lease.release().catch(() => undefined);
    this.#writer.close();
  }

  /** Adopts one run (errors logged): `resumed` here, `skipped` (not ours to run), or `failed` (retry later). */
  async #adoptEach(runId: string, from: RunOwner): Promise<'resumed' | 'skipped' | 'failed'> {
    if (this.#closing) return 'skipped';
    try {
      return (await this.#adoptOne(runId, from)) ? 'resumed' : 'skipped';
    } catch (err) {
      this.#host.logger.warn({ run_id: runId, err }, 'could not adopt run');
      return 'failed';
    }
  }

  async #adoptAll(): Promise<number> {
    let resumed = 0;
    const own: { failed: boolean; unlisted?: { err: unknown } } = { failed: false };
    const each = async (runId: string, from: RunOwner): Promise<void> => {
      if ((await this.#adoptEach(runId, from)) === 'resumed') resumed++;
    };
    if (this.#ownPending && Date.now() >= this.#ownNotBefore) {
      this.#ownPending = false;
      // Our own runs of an earlier epoch: nobody else adopts them while our lease is alive,
      // so one that could not be adopted now (NATS slow, a stream electing a leader) is
      // tried again by the next pass; dropping it would leave it "running" forever.
      // A listing that fails is tried again by the next pass too, and must not stop this
      // one from taking over the runs of dead instances below.
      await this.#takeover
        .own(async (runId, from) => {
          const outcome = await this.#adoptEach(runId, from);
          if (outcome === 'resumed') resumed++;
          if (outcome === 'failed') own.failed = true;
        })
        .catch((err: unknown) => {
          this.#ownPending = true;
          own.unlisted = { err };
        });
      if (own.unlisted) {
        // the store, not a run, failed: tried again by the next pass, no longer wait
      } else if (own.failed) {
        // Tried again by the next pass, then less and less often (a run whose resumption keeps failing,
        // e.g. its workflow is gone, must not make every pass read all of this instance's runs).
        this.#ownPending = true;
        this.#ownFailures++;
        this.#ownNotBefore = this.#ownFailures <= 1 ? 0 : Date.now() + Math.min(OWN_RETRY_MAX_MS, this.#adoptEveryMs * 2 ** (this.#ownFailures - 2));
      } else this.#ownFailures = 0;
    }
    await this.#takeover.pass(each);
    if (resumed > 0) this.#host.logger.info({ resumed }, 'resumed unfinished runs');
    if (own.unlisted) throw own.unlisted.err;
    return resumed;
  }

  /**
   * Adopts one run and resumes it here; true when this call (or one under way that it joined)
   * did. Concurrent calls for one run (the adoption pass and a CancelRun or SignalRun) share one
   * adoption: each alone could see the record name this instance (the other's write) as its own
   * landed write and resume the run a second time.
   */
  #adoptOne(runId: string, from: RunOwner): Promise<boolean> {
    const under = this.#adoptions.get(runId);
    if (under) return under;
    const adoption = this.#adoptOnce(runId, from)
      .catch((err: unknown) => {
        // It may be ours in the store already (the adopting write landed but its answer was lost, or
        // resuming it failed after it), and indexed under this instance only: the old owner's entry is
        // gone or, that owner back, no pass looks there. Nobody else will adopt it, so the next pass
        // reads this instance's own runs again and takes it up (or lets it go if it is not ours).
        this.#ownPending = true;
        throw err;
      })
      .finally(() => this.#adoptions.delete(runId));
    this.#adoptions.set(runId, adoption);
    return adoption;
  }

  readonly #adoptions = new Map<string, Promise<boolean>>();

  async #adoptOnce(runId: string, from: RunOwner): Promise<boolean> {
    const driven = (): boolean => this.#closing || this.#epochs.has(runId) || this.#creating.has(runId) || this.#host.driven(runId);
    if (driven()) return false;
    const adopted = await this.#takeover.adopt(runId, from);
    if (!adopted) return false;
    const epoch = adopted.record.epoch;
    if (driven()) return false; // raced with a StartRun/cancel here; the record is ours either way
    this.#epochs.set(runId, epoch);
    this.#writer.track(runId, adopted.revision);
    this.#host.logger.info({ run_id: runId, epoch, previous_owner: from.owner }, 'adopted run');
    instruments().runsAdopted.add(1);
    try {
      await this.#host.resume(adopted, epoch);
    } catch (err) {
      this.dropped(runId);
      throw err;
    }
    return true;
  }
}
