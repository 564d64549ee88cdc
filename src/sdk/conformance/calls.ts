import { randomBytes } from 'node:crypto';
import type { ClientReadableStream, ServiceError, status as Status } from '@grpc/grpc-js';
import type { DescribeResponse__Output } from '../../gen/troupe/v1/DescribeResponse.js';
import type { ExecuteResponse__Output } from '../../gen/troupe/v1/ExecuteResponse.js';
import type { ExecuteStreamResponse__Output } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import { statusName } from '../errors.js';
import { deadlineIn } from '../grpc/agent-clients.js';
import { toValue, type Json } from '../grpc/struct.js';
import type { CheckContext } from './types.js';

/** A gRPC status code, or -1 when a call gave no status in time or no response. @internal */
export type CallCode = Status | -1;

/** How a unary call ended. @internal */
export type CallOutcome<T> = { ok: true; value: T; ms: number } | { ok: false; code: CallCode; details: string; ms: number };

/** How a server stream ended. `code` is -1 when no status came in time (the stream hung). @internal */
export interface StreamOutcome {
  messages: ExecuteStreamResponse__Output[];
  code: CallCode;
  details: string;
  /** From the call's start to its status. */
  ms: number;
}

/** A task for `capability` with `input` and a fresh task id. @internal */
export function taskFor(capability: string, input: Json): TaskSpec {
  return { taskId: `conformance-${randomBytes(4).toString('hex')}`, capability, input: toValue(input), attempt: 1 };
}

/** "NOT_FOUND: no capability…" for reports. @internal */
export function statusText(code: number, details: string): string {
  return code === -1 ? details : `${statusName(code)}${details ? `: ${details}` : ''}`;
}

function settle<T>(started: number, resolve: (o: CallOutcome<T>) => void): (err: ServiceError | null, value?: T) => void {
  return (err, value) => {
    const ms = performance.now() - started;
    if (err) resolve({ ok: false, code: err.code, details: err.details || err.message, ms });
    else if (value === undefined) resolve({ ok: false, code: -1, details: 'the call returned no response', ms });
    else resolve({ ok: true, value, ms });
  };
}

/** Calls Describe. @internal */
export function callDescribe(ctx: CheckContext): Promise<CallOutcome<DescribeResponse__Output>> {
  const started = performance.now();
  return new Promise((resolve) => {
    ctx.clients.agent.Describe({}, { deadline: deadlineIn(ctx.callTimeoutMs) }, settle(started, resolve));
  });
}

/** Calls Execute with `task` (null sends a request without one). @internal */
export function callExecute(ctx: CheckContext, task: TaskSpec | null, deadlineMs = ctx.callTimeoutMs): Promise<CallOutcome<ExecuteResponse__Output>> {
  const started = performance.now();
  return new Promise((resolve) => {
    ctx.clients.agent.Execute(task ? { task } : {}, { deadline: deadlineIn(deadlineMs) }, settle(started, resolve));
  });
}

/** Options of {@link callExecuteStream}. @internal */
export interface StreamCallOptions {
  /** The call's gRPC deadline. @default ctx.callTimeoutMs */
  deadlineMs?: number;
  /** `resume_from_sequence` of the request (the resume contract). @default 0 */
  resumeFromSequence?: number;
  /** Called for each message, with the call (to cancel it). */
  onMessage?: (message: ExecuteStreamResponse__Output, call: ClientReadableStream<ExecuteStreamResponse__Output>) => void;
}

/**
 * Calls ExecuteStream and collects every message until the status. A watchdog
 * (deadline + 2 s) cancels a call that never ends and reports code -1.
 * @internal
 */
export function callExecuteStream(ctx: CheckContext, task: TaskSpec, options: StreamCallOptions = {}): Promise<StreamOutcome> {
  const deadlineMs = options.deadlineMs ?? ctx.callTimeoutMs;
  const started = performance.now();
  return new Promise((resolve) => {
    const resume = options.resumeFromSequence ? { resumeFromSequence: String(options.resumeFromSequence) } : {};
    const call = ctx.clients.agent.ExecuteStream({ task, ...resume }, { deadline: deadlineIn(deadlineMs) });
    const messages: ExecuteStreamResponse__Output[] = [];
    let settled = false;
    const finish = (code: CallCode, details: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      resolve({ messages, code, details, ms: performance.now() - started });
    };
    const hangMs = deadlineMs + 2000;
    const watchdog = setTimeout(() => {
      finish(-1, `the stream gave no status within ${hangMs} ms (its deadline was ${deadlineMs} ms)`);
      call.cancel();
    }, hangMs);
    call.on('data', (message: ExecuteStreamResponse__Output) => {
      messages.push(message);
      options.onMessage?.(message, call);
    });
    call.on('status', (status: { code: Status; details: string }) => finish(status.code, status.details));
    call.on('error', () => undefined); // the status event carries it
  });
}
