import * as grpc from '@grpc/grpc-js';
import { context, trace, type Attributes, type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import { fromGrpcError, ResourceExhaustedError, Status, statusName, TroupeError } from '../../sdk/errors.js';
import { ATTR, instruments } from '../../sdk/telemetry/index.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import type { AgentEntry } from '../registry/agent-entry.js';
import type { Registry } from '../registry/registry.js';
import type { ClientPool } from './client-pool.js';
import { checkOutput } from './check-output.js';
import { MAX_ATTEMPTS, outcomeOf, reassignable } from './outcome.js';
import { allBusy, BUSY, pickInstance, tryPickInstance, type PickRequest } from './pick.js';
import { nextRegistryChange } from './wait-for-agent.js';
import type { Selector } from './select.js';
import type { Lease, RateLimits, Schedulable, Scheduler } from '../scheduler/index.js';
import { resumeFromFor } from './stream-resume.js';
import { rawBytes } from './wire.js';
import { CapacityGate } from './capacity-gate.js';
import { encodeExecuteRequest, passBuffers, type DispatchTask } from './encode-task.js';
import { firstMessage } from './first-message.js';
import { parseCapabilityRef } from '../versions/capability-ref.js';
import { rangeFilter, type VersionFilter, type VersionRouting } from '../versions/version-filter.js';
import type { FleetDemand } from './fleet-demand.js';
import { WaitingTasks, type WaitMark } from './waiting-tasks.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

const AGENT_METHODS = loadProtos().agent.troupe.v1.AgentService.service;
const EXECUTE = AGENT_METHODS.Execute;
const EXECUTE_SERIALIZE = passBuffers(EXECUTE.requestSerialize);
const EXECUTE_STREAM = AGENT_METHODS.ExecuteStream;

/** Per-call settings of a dispatch. */
export interface DispatchCall {
  /** Absolute deadline passed on to the agent. */
  deadline: Date;
  /** Aborts the agent call (client cancelled). */
  signal: CancelSignal;
  /** Trace context of the orchestrator span the agent call is a child of. */
  traceContext: Context;
  /** Called with each instance chosen (attempts after reassignment included), before it is called. */
  onAttempt?: (entry: AgentEntry, attempt: number) => void;
  /** Instances tried per task, reassignment included. @default MAX_ATTEMPTS */
  maxAttempts?: number;
  /** Instances not to use; the dispatcher adds the ones it tries. */
  exclude?: Set<string>;
  /** Instances to use only when no other is routable (e.g. those that failed this task before). */
  avoid?: ReadonlySet<string>;
  /** The task's priority, 1 (highest) … 5, for the scheduler. @default 3 */
  priority?: number;
  /** Streams: the first chunk sequence still needed, sent only to instances that declare the capability resumable. @default 0 */
  resumeFromSequence?: number;
  /**
   * When no instance is routable (none started yet, all suspect, unreachable, in
   * maintenance or with an open breaker), how long to wait for one, woken by
   * registry changes, before failing with UNAVAILABLE; capped by `deadline`.
   * Run steps wait up to their deadline; SubmitTask/StreamTask answer at once. @default 0
   */
  waitForAgentMs?: number;
  /**
   * When every routable instance is at its max concurrency, wait for a slot until `deadline`
   * (woken as tasks of the capability end: {@link CapacityGate}) instead of failing
   * RESOURCE_EXHAUSTED. SubmitTasks tasks wait; SubmitTask answers at once. @default false
   */
  waitForCapacity?: boolean;
  /**
   * Set by the dispatcher, not by callers: the versions the task may use, from its capability
   * reference (`name@range`) or, without a range, from the capability's rollout.
   */
  versions?: VersionFilter | undefined;
}

/** The task's current wait for an instance, if it waits (the GetQueues signal). */
interface Waiting {
  mark?: WaitMark | undefined;
}

/** A started agent stream (raw ExecuteStreamResponse messages): its first message already read, the stream paused. */
export interface OpenStream {
  entry: AgentEntry;
  first: Buffer | undefined;
  stream: grpc.ClientReadableStream<Buffer>;
  /** The `resume_from_sequence` the instance was asked for (0: from the start). */
  resumedFrom: number;
  /** Must be called once with the final status code when the relay ends. */
  done: (code: Status) => void;
  cancel: () => void;
}

/**
 * Sends tasks to agent instances: picks one, calls it with the deadline and trace
 * context, records the outcome in the registry, and moves a task to another
 * instance when the first refuses it or is unreachable before producing output.
 */
export class Dispatcher {
  readonly #gate = new CapacityGate();
  /** Metric attributes per capability (and outcome), made once rather than per task. */
  readonly #metricAttributes = new Map<string, Attributes>();
  /** Tasks waiting for an instance, per capability (GetQueues; the fleet's scaling signal). */
  readonly waiting = new WaitingTasks();

  constructor(
    private readonly deps: {
      registry: Registry;
      pool: ClientPool;
      select: Selector;
      logger: Logger;
      useChannels: boolean;
      scheduler: Scheduler<Schedulable>;
      /** Per-instance rate limits, applied when choosing an instance. */
      agentRates?: RateLimits | undefined;
      /** Rollouts: which version a task that names no range goes to, and what came of it. */
      versions?: VersionRouting | undefined;
      /** Asks a `troupe up` supervisor to start an instance of a capability nobody serves. @default none */
      fleet?: FleetDemand | undefined;
    },
  ) {
    // An instance came back, joined, left `saturated`…: one task waiting for capacity tries again.
    deps.registry.on('change', ({ entry }: { entry: AgentEntry }) => {
      if (entry.routable) for (const capability of entry.capabilities) this.#gate.release(capability);
    });
  }

  /**
   * Waits for the scheduler's permission to run a task of `capability` (priority
   * order, concurrency and rate limits); RESOURCE_EXHAUSTED when the queue is full.
   */
  #admit(task: TaskSpec, call: DispatchCall): Lease | Promise<Lease> {
    const item = { capability: task.capability ?? '', priority: call.priority ?? 3 };
    return (!call.signal.aborted && this.deps.scheduler.tryGrant(item)) || this.deps.scheduler.submit(item, { signal: call.signal });
  }

  /**
   * Splits the task's capability reference: the agent is sent the bare name, and the call carries
   * the versions it may use (its range; else its capability's rollout draw). INVALID_ARGUMENT for a bad range.
   */
  #route<T extends TaskSpec>(task: T, call: DispatchCall): [T, DispatchCall] {
    const reference = task.capability ?? '';
    if (!reference.includes('@')) {
      const versions = this.deps.versions?.route(reference, task.taskId ?? '');
      return versions ? [task, { ...call, versions }] : [task, call];
    }
    const { name, range } = parseCapabilityRef(reference);
    return [{ ...task, capability: name }, { ...call, versions: range === undefined ? undefined : rangeFilter(name, range) }];
  }

  /**
   * Runs a unary task; resolves with the agent's raw ExecuteResponse bytes. One async frame
   * from admission to the answer (a task waiting at its agent keeps one suspended function here).
   */
  async unary(original: DispatchTask, originalCall: DispatchCall): Promise<{ entry: AgentEntry; response: Buffer }> {
    const [task, call] = this.#route(original, originalCall);
    const admitted = this.#admit(task, call);
    const waiting: Waiting = {};
    let lease: Lease;
    if ('then' in admitted) {
      waiting.mark = this.waiting.enter(task.capability ?? '');
      try {
        lease = await admitted;
      } catch (err) {
        waiting.mark.leave();
        throw err;
      }
    } else lease = admitted;
    try {
      const tried = call.exclude ?? new Set<string>();
      const maxAttempts = call.maxAttempts ?? MAX_ATTEMPTS;
      let refused: TroupeError | undefined;
      for (let attempt = 1; ; attempt++) {
        const { entry, started } = refused ? await this.#chooseAfterRefusal(task, call, tried, attempt, waiting, refused) : (this.#chooseNow(task, call, tried, attempt, waiting) ?? (await this.#choose(task, call, tried, attempt, waiting)));
        try {
          const response = await this.#execute(entry, task, call);
          checkOutput(entry, task.capability ?? '', response, call.traceContext);
          this.#end(entry, task, Status.OK, started);
          return { entry, response };
        } catch (raw) {
          const err = fromGrpcError(raw);
          this.#end(entry, task, err.code, started);
          if (this.#waitsForCapacity(err, entry, tried, call)) {
            attempt--;
            continue;
          }
          if (!this.#mayReassign(err, entry, attempt, maxAttempts, call)) throw err;
          refused = isFullRefusal(err) ? err : undefined;
        }
      }
    } finally {
      waiting.mark?.leave();
      lease.release();
    }
  }

  /**
   * Opens an agent stream and reads its first message, reassigning while the
   * instance fails before sending anything. The caller relays the rest.
   */
  async openStream(original: TaskSpec, originalCall: DispatchCall): Promise<OpenStream> {
    const [task, call] = this.#route(original, originalCall);
    const admitted = this.#admit(task, call);
    const waiting: Waiting = 'then' in admitted ? { mark: this.waiting.enter(task.capability ?? '') } : {};
    let lease: Lease;
    try {
      lease = await admitted;
    } catch (err) {
      waiting.mark?.leave();
      throw err;
    }
    try {
      const open = await this.#openStream(task, call, waiting).finally(() => waiting.mark?.leave());
      const done = open.done;
      return {
        ...open,
        done: (code) => {
          done(code);
          lease.release();
        },
      };
    } catch (err) {
      lease.release();
      throw err;
    }
  }

  async #openStream(task: TaskSpec, call: DispatchCall, waiting: Waiting): Promise<OpenStream> {
    const tried = call.exclude ?? new Set<string>();
    const maxAttempts = call.maxAttempts ?? MAX_ATTEMPTS;
    let refused: TroupeError | undefined;
    for (let attempt = 1; ; attempt++) {
      const { entry, started } = refused ? await this.#chooseAfterRefusal(task, call, tried, attempt, waiting, refused) : await this.#choose(task, call, tried, attempt, waiting);
      const resumedFrom = resumeFromFor(entry.descriptor, task.capability ?? '', call.resumeFromSequence);
      const request = { task, ...(resumedFrom > 0 ? { resumeFromSequence: String(resumedFrom) } : {}) };
      const stream = context.with(call.traceContext, () =>
        this.deps.pool
          .get(entry.address, entry.claimedName)
          .makeServerStreamRequest(EXECUTE_STREAM.path, EXECUTE_STREAM.requestSerialize, rawBytes, request, new grpc.Metadata(), { deadline: call.deadline }),
      );
      // Errors are consumed by whoever reads the stream; this keeps a late one (say, our own
      // cancel after the relay stopped listening) from becoming an unhandled 'error' event.
      stream.on('error', () => undefined);
      const cancel = (): void => stream.cancel();
      call.signal.addEventListener('abort', cancel, { once: true });
      let finished = false;
      const done = (code: Status): void => {
        if (finished) return;
        finished = true;
        call.signal.removeEventListener('abort', cancel);
        this.#end(entry, task, code, started);
      };
      try {
        const first = await firstMessage(stream);
        return { entry, first, stream, resumedFrom, done, cancel };
      } catch (raw) {
        const err = fromGrpcError(raw);
        done(err.code);
        if (this.#waitsForCapacity(err, entry, tried, call)) {
          attempt--;
          continue;
        }
        if (!this.#mayReassign(err, entry, attempt, maxAttempts, call)) throw err;
        refused = isFullRefusal(err) ? err : undefined;
      }
    }
  }

  /**
   * The next instance after one refused the task as full (RESOURCE_EXHAUSTED, for a caller that
   * does not wait for capacity): another one with room, else the refusal itself. Without this the
   * caller heard the pick's UNAVAILABLE ("every instance failed or is unavailable"), though the
   * only instance was busy, not failed: the agent filled by another orchestrator's tasks.
   */
  async #chooseAfterRefusal(task: TaskSpec, call: DispatchCall, tried: Set<string>, attempt: number, waiting: Waiting, refused: TroupeError): Promise<{ entry: AgentEntry; started: number }> {
    try {
      return this.#chooseNow(task, call, tried, attempt, waiting) ?? (await this.#choose(task, call, tried, attempt, waiting));
    } catch {
      throw refused;
    }
  }

  /**
   * An instance refused the task as full (RESOURCE_EXHAUSTED before any output: tasks of another
   * orchestrator fill it; the registry now counts it saturated until its next heartbeat). A caller
   * that may wait for an agent (a workflow step) waits for capacity and chooses again, without
   * spending an attempt; the instance may be chosen again once it has room. A message too large
   * for gRPC is RESOURCE_EXHAUSTED too, but waiting does not shrink it: not this case.
   */
  #waitsForCapacity(err: TroupeError, entry: AgentEntry, tried: Set<string>, call: DispatchCall): boolean {
    if (!isFullRefusal(err)) return false;
    if (((call.waitForAgentMs ?? 0) <= 0 && !call.waitForCapacity) || call.signal.aborted || Date.now() >= call.deadline.getTime()) return false;
    tried.delete(entry.instanceId);
    this.deps.logger.debug({ instance_id: entry.instanceId, agent: entry.descriptor.name }, 'instance full; waiting for capacity');
    return true;
  }

  /** Whether a failed attempt may move to another instance (and logs that it does). */
  #mayReassign(err: TroupeError, entry: AgentEntry, attempt: number, maxAttempts: number, call: DispatchCall): boolean {
    if (!reassignable(err.code) || attempt >= maxAttempts || call.signal.aborted || Date.now() >= call.deadline.getTime()) return false;
    this.deps.logger.info({ instance_id: entry.instanceId, code: err.code, attempt }, 'reassigning task to another instance');
    return true;
  }

  /**
   * The instance for this attempt when one is free now, without a promise (the common case);
   * undefined when the task would wait (for capacity, or for an agent): then {@link #choose}.
   * Errors that waiting cannot cure are thrown as #choose would.
   */
  #chooseNow(task: TaskSpec, call: DispatchCall, tried: Set<string>, attempt: number, waiting: Waiting): { entry: AgentEntry; started: number } | undefined {
    const capability = task.capability ?? '';
    let entry: AgentEntry;
    if (call.waitForCapacity) {
      if (this.#gate.waiting(capability) > 0) return undefined;
      const picked = tryPickInstance(this.deps.registry, this.deps.select, this.#pick(capability, tried, call, leavesLastSlot));
      if (picked === BUSY) return undefined;
      entry = picked;
    } else {
      try {
        entry = pickInstance(this.deps.registry, this.deps.select, this.#pick(capability, tried, call));
      } catch (err) {
        if ((call.waitForAgentMs ?? 0) > 0 && TroupeError.is(err) && (err.code === Status.UNAVAILABLE || allBusy(err))) return undefined;
        // Nobody serves it: #choose asks the fleet, which may start an instance to wait for.
        if (this.deps.fleet && unserved(err)) return undefined;
        throw err;
      }
    }
    waiting.mark?.leave();
    waiting.mark = undefined;
    return this.#begin(entry, task, call, tried, attempt);
  }

  /**
   * Picks the instance for this attempt (waiting up to `waitForAgentMs` while
   * none is routable), tells the caller, and counts the attempt as begun.
   */
  async #choose(task: TaskSpec, call: DispatchCall, tried: Set<string>, attempt: number, waiting: Waiting): Promise<{ entry: AgentEntry; started: number }> {
    let until = Math.min(Date.now() + (call.waitForAgentMs ?? 0), call.deadline.getTime());
    let entry: AgentEntry | undefined;
    let waited = false;
    let woken = false;
    let askedFleet = false;
    let fleetProvides = false;
    const capability = task.capability ?? '';
    waiting.mark ??= this.waiting.enter(capability);
    while (!entry) {
      if (call.waitForCapacity && !woken && this.#gate.waiting(capability) > 0) {
        // Tasks wait for a slot already: queue behind them instead of taking the next free one first
        // (and failing picks while the instances are full).
        await this.#gate.wait(capability, call.deadline.getTime(), call.signal, () => busyError(capability));
        woken = true;
        continue;
      }
      try {
        if (call.waitForCapacity) {
          const picked = tryPickInstance(this.deps.registry, this.deps.select, this.#pick(capability, tried, call, leavesLastSlot));
          if (picked === BUSY) {
            // Every instance is full: wait for a slot in turn (a woken waiter that lost it keeps its place).
            await this.#gate.wait(capability, call.deadline.getTime(), call.signal, () => busyError(capability), woken);
            woken = true;
            continue;
          }
          entry = picked;
          break;
        }
        entry = pickInstance(this.deps.registry, this.deps.select, this.#pick(capability, tried, call));
      } catch (err) {
        if (this.deps.fleet && !askedFleet && unserved(err)) {
          // Nobody serves it: a fleet that provides it starts an instance, and the task waits for it within its deadline.
          askedFleet = true;
          fleetProvides = await this.deps.fleet.demand(capability, this.waiting.of(capability).waiting, call.traceContext);
          if (fleetProvides) until = call.deadline.getTime();
          continue;
        }
        // None routable (UNAVAILABLE), or every one at its max concurrency: wait for a change.
        const mayWait = TroupeError.is(err) && (err.code === Status.UNAVAILABLE || allBusy(err) || (fleetProvides && err.code === Status.NOT_FOUND));
        if (!mayWait || Date.now() >= until) throw err;
        if (!waited) this.deps.logger.info({ capability: task.capability, wait_ms: until - Date.now(), code: statusName(err.code) }, 'no instance free; waiting for one');
        waited = true;
        await nextRegistryChange(this.deps.registry, until, call.signal, err);
      }
    }
    // A woken task that got its slot wakes the next while there is room left (capacity grew: an agent joined).
    if (woken && this.#gate.waiting(capability) > 0 && this.deps.registry.candidates(capability).some(leavesLastSlot)) this.#gate.passOn(capability);
    waiting.mark.leave();
    waiting.mark = undefined;
    return this.#begin(entry, task, call, tried, attempt);
  }

  #pick(capability: string, exclude: Set<string>, call: DispatchCall, hasRoom?: (entry: AgentEntry) => boolean): PickRequest {
    return { capability, exclude, avoid: call.avoid, agentRates: this.deps.agentRates, hasRoom, versions: call.versions };
  }

  /**
   * Counts a task attempt on the chosen instance as begun: tried, told to the caller, in flight
   * in the registry and in metrics, its version (and rollout side) on the caller's span.
   */
  #begin(entry: AgentEntry, task: TaskSpec, call: DispatchCall, tried: Set<string>, attempt: number): { entry: AgentEntry; started: number } {
    const capability = task.capability ?? '';
    tried.add(entry.instanceId);
    call.onAttempt?.(entry, attempt);
    this.deps.registry.taskStarted(entry);
    instruments().tasksActive.add(1, this.#attributes(capability));
    const span = trace.getSpan(call.traceContext);
    if (span) {
      span.setAttribute(ATTR.CAPABILITY_VERSION, entry.versionOf(capability));
      const side = this.deps.versions?.sideOf(capability, entry);
      if (side) span.setAttribute(ATTR.ROLLOUT_SIDE, side);
    }
    return { entry, started: performance.now() };
  }

  /** Records how a task attempt ended: registry outcome (breaker, load) and metrics. */
  #end(entry: AgentEntry, task: TaskSpec, code: Status, started: number): void {
    const ms = performance.now() - started;
    const outcome = outcomeOf(code);
    this.deps.registry.taskFinished(entry, outcome, ms);
    this.deps.versions?.observe(task.capability ?? '', entry, outcome, ms);
    const attributes = this.#attributes(task.capability ?? '', code);
    const m = instruments();
    m.tasksActive.add(-1, this.#attributes(task.capability ?? ''));
    m.tasks.add(1, attributes);
    m.taskDuration.record(ms / 1000, attributes);
    this.#gate.release(task.capability ?? '');
  }

  /** `{ troupe.capability }`, or with `code` also `{ troupe.outcome }`; one object per combination (capabilities are bounded by the registry). */
  #attributes(capability: string, code?: Status): Attributes {
    const key = code === undefined ? capability : `${capability}\u0000${code}`;
    let attributes = this.#metricAttributes.get(key);
    if (!attributes) {
      attributes = code === undefined ? { [ATTR.CAPABILITY]: capability } : { [ATTR.CAPABILITY]: capability, [ATTR.OUTCOME]: statusName(code).toLowerCase() };
      if (this.#metricAttributes.size < 10_000) this.#metricAttributes.set(key, attributes);
    }
    return attributes;
  }

  #execute(entry: AgentEntry, task: DispatchTask, call: DispatchCall): Promise<Buffer> {
    if (this.deps.useChannels && entry.descriptor.supportsChannel) {
      return this.deps.pool.channel(entry.address, entry.claimedName).call(task, { deadline: call.deadline, signal: call.signal, traceContext: call.traceContext });
    }
    return new Promise((resolve, reject) => {
      if (call.signal.aborted) return reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
      const client = this.deps.pool.get(entry.address, entry.claimedName);
      const { rawInput } = task;
      const unaryCall = context.with(call.traceContext, () =>
        client.makeUnaryRequest(EXECUTE.path, EXECUTE_SERIALIZE, rawBytes, rawInput ? encodeExecuteRequest({ ...task, rawInput }) : { task }, new grpc.Metadata(), { deadline: call.deadline }, (err, response) => {
          call.signal.removeEventListener('abort', cancel);
          if (err) reject(err);
          else resolve(response ?? Buffer.alloc(0));
        }),
      );
      const cancel = (): void => unaryCall.cancel();
      call.signal.addEventListener('abort', cancel, { once: true });
    });
  }
}

/**
 * Tasks that wait for capacity (SubmitTasks) leave the last slot of an instance that has at least
 * this many to other callers. Bulk traffic then never fills such an instance: filling the last slot
 * on every task made it `saturated` and `active` again per task (two lifecycle transitions and
 * registry changes each, ~20% of the orchestrator at 1,024 tasks in flight on one echo agent), and
 * the slot left answers a plain SubmitTask or a run step at once while a bulk stream keeps the rest busy.
 */
export const BULK_HEADROOM_FROM_CONCURRENCY = 4;

function leavesLastSlot(entry: AgentEntry): boolean {
  return entry.maxConcurrency < BULK_HEADROOM_FROM_CONCURRENCY || entry.localInFlight + 1 < entry.maxConcurrency;
}

/** The agent refused the task because it was at its max concurrency (not a message too large for gRPC). */
function isFullRefusal(err: TroupeError): boolean {
  return err.code === Status.RESOURCE_EXHAUSTED && !/message larger than max/i.test(err.message);
}

/** The error of a task that waited for capacity until its deadline. */
function busyError(capability: string): TroupeError {
  return new ResourceExhaustedError(`every active instance of "${capability}" stayed at its max concurrency until the task's deadline`, { capability, reason: BUSY });
}
/** No instance serves the capability: none routable (UNAVAILABLE) or none ever offered it (NOT_FOUND). */
function unserved(err: unknown): boolean {
  return TroupeError.is(err) && (err.code === Status.UNAVAILABLE || err.code === Status.NOT_FOUND);
}
