import { ErrorCode, type NatsConnection } from 'nats';
import { FailedPreconditionError, Status, TroupeError, UnavailableError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { RunOwner } from '../../store/adopt.js';
import { keyToken } from '../../store/keys.js';
import type { InstanceLease } from '../../store/leases.js';
import { isFinishedStatus, type RunStore } from '../../store/run-record.js';
import type { SignalResult } from './run-executor.js';
import type { StepSignal } from './step-wait.js';

/** The subject an orchestrator instance answers SignalRun requests for its runs on. */
export function signalSubject(owner: string): string {
  return `troupe.runs.signal.${keyToken(owner)}`;
}

/** A SignalRun forwarded to the owner over NATS. */
export interface SignalRequest extends StepSignal {
  readonly runId: string;
  readonly stepId: string;
}

/** The owner's answer: the result, an error to pass on, or that it does not drive the run. */
export type SignalAnswer = { result: SignalResult } | { error: { code: Status; message: string } } | { notDriven: true };

/** Parses a forwarded SignalRun (another process's message: every field is checked). */
export function parseSignalRequest(data: unknown): SignalRequest | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const { runId, stepId, approved, payload, actor } = data as Record<string, unknown>;
  if (typeof runId !== 'string' || typeof stepId !== 'string' || typeof approved !== 'boolean' || typeof actor !== 'string') return undefined;
  return { runId, stepId, approved, payload: (payload ?? null) as Json, actor };
}

/** Answers a forwarded SignalRun with what `here` did (a TroupeError is passed on with its code). */
export function answerSignal(request: SignalRequest | undefined, here: (request: SignalRequest) => SignalResult | undefined): SignalAnswer {
  if (!request) return { notDriven: true };
  try {
    const result = here(request);
    return result ? { result } : { notDriven: true };
  } catch (err) {
    if (TroupeError.is(err)) return { error: { code: err.code, message: err.message } };
    throw err;
  }
}

/** What {@link signalElsewhere} needs (the same as CancelRun of a run driven elsewhere). */
export interface SignalElsewhereDeps {
  readonly owner: string;
  readonly runs: RunStore;
  readonly lease: InstanceLease;
  readonly nc?: NatsConnection;
  /** How long the owner's answer is awaited. @default 5000 */
  readonly timeoutMs?: number;
  /** Signals a run driven here; `undefined` when it is not driven here. */
  signalHere(request: SignalRequest): SignalResult | undefined;
  /** Adopts a run from `from` and resumes it here; resolves true when it did. */
  adopt(runId: string, from: RunOwner): Promise<boolean>;
}

/**
 * SignalRun of a run not driven here, as CancelRun does it (see run-cancel.ts): a
 * finished run → FAILED_PRECONDITION; a run whose owner holds a live lease of the
 * record's epoch is signalled by that owner (a NATS request on its
 * {@link signalSubject}; its NOT_FOUND / FAILED_PRECONDITION come back as they are);
 * a run without a live owner is adopted here (it keeps waiting), then signalled here.
 * Resolves `undefined` if no such run is stored.
 */
export async function signalElsewhere(request: SignalRequest, deps: SignalElsewhereDeps): Promise<SignalResult | undefined> {
  const { runId } = request;
  const finished = (status: string): never => {
    throw new FailedPreconditionError(`run ${runId} is ${status}; its step "${request.stepId}" takes no signal`, { runId });
  };
  const stored = await deps.runs.get(runId);
  if (!stored) return undefined;
  if (isFinishedStatus(stored.record.status)) finished(stored.record.status);
  const { record } = stored;
  const lease = record.owner === deps.owner ? undefined : await deps.lease.read(record.owner);
  const live = lease !== undefined && !deps.lease.isDead(lease) && lease.epoch === record.epoch;
  if (live && deps.nc) {
    try {
      const reply = await deps.nc.request(signalSubject(lease.owner), JSON.stringify(request), { timeout: deps.timeoutMs ?? 5000 });
      const answer = reply.json<SignalAnswer>();
      if ('result' in answer) return answer.result;
      if ('error' in answer) throw new TroupeError(answer.error.code, answer.error.message);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code !== ErrorCode.NoResponders && code !== ErrorCode.Timeout) throw err;
    }
  }
  const here = deps.signalHere(request);
  if (here !== undefined) return here;
  const current = await deps.runs.get(runId);
  if (!current) return undefined;
  if (isFinishedStatus(current.record.status)) finished(current.record.status);
  // As CancelRun: adopt from the owner whose lease we saw dead (waiting for an adoption of it under
  // way here), then signal it here if it is driven here now.
  if (!live) await deps.adopt(runId, { owner: record.owner, epoch: record.epoch });
  const result = deps.signalHere(request);
  if (result !== undefined) return result;
  throw new UnavailableError(`run ${runId} is owned by ${lease?.owner ?? 'another instance'}, which does not answer; retry once its lease expired`);
}
