import * as grpc from '@grpc/grpc-js';
import { SpanKind, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { boundText, Status, statusName, toGrpcStatus, UnavailableError } from '../../../sdk/errors.js';
import type { ServedCall } from '../../../sdk/grpc/serve.js';
import { ATTR, contextFromTraceHeaders, getTracer, grpcSpanAttributes, grpcSpanName, instruments, seconds, setGrpcStatus, withTraceIds } from '../../../sdk/telemetry/index.js';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '../../../sdk/grpc/payload-limits.js';
import { DEFAULT_BULK_MAX_IN_FLIGHT, type ApiDeps } from '../deps.js';
import { prepareUnaryTask, runUnaryTask, type PreparedTask } from '../unary-task.js';
import { BULK_REASON, bulkErrorBytes, bulkResultBytes, readBulkRequest, type BulkRequest } from './messages.js';
import { BulkWindow } from './window.js';
import { Cancellation } from '../../../sdk/util/cancellation.js';

/** The full path of OrchestratorService.SubmitTasks. */
export const SUBMIT_TASKS_PATH = '/troupe.v1.OrchestratorService/SubmitTasks';
/** Response header telling the client how many tasks the stream reads ahead of their responses. */
export const MAX_IN_FLIGHT_HEADER = 'troupe-bulk-max-in-flight';

const TASK_SPAN = grpcSpanName(SUBMIT_TASKS_PATH);
const RPC_ATTRIBUTES = grpcSpanAttributes(SUBMIT_TASKS_PATH);
/** Longest timer Node can arm (~24.8 days); a later deadline is never reached by a live process anyway. */
const MAX_TIMER_MS = 2_147_483_647;

/** `rpc_server_duration_seconds` attributes per status code, made once: one observation per task. */
const durationAttributes = new Map<Status, Attributes>();
function attributesFor(code: Status): Attributes {
  let attributes = durationAttributes.get(code);
  if (!attributes) durationAttributes.set(code, (attributes = { ...RPC_ATTRIBUTES, [ATTR.RPC_GRPC_STATUS_CODE]: code }));
  return attributes;
}

/** One task of the stream that has not answered yet. */
interface InFlight {
  readonly id: string;
  readonly span: Span;
  readonly context: Context;
  readonly started: number;
  readonly controller: Cancellation;
  taskId: string;
  timer: NodeJS.Timeout | undefined;
  /** Why it was aborted: its deadline passed, the client cancelled it or the stream. */
  aborted: 'deadline' | 'cancel' | 'stream' | undefined;
}

type Call = grpc.ServerDuplexStream<Buffer, Buffer>;

/**
 * One SubmitTasks stream: reads submits and cancels (raw bytes, decoded here so one bad message
 * is answered rather than ending the stream), runs each task exactly as SubmitTask does, writes
 * each response as its task ends, and keeps the stream's flow control ({@link BulkWindow}).
 * `run()` resolves when the client has ended its side and every task answered; it rejects
 * UNAVAILABLE when the orchestrator stops first.
 */
export class BulkStream {
  readonly #window: BulkWindow<InFlight>;
  #ended = false;
  #stopped = false;
  #tasks = 0;
  #failed = 0;
  #done: { resolve: () => void; reject: (err: unknown) => void } | undefined;

  constructor(
    private readonly deps: ApiDeps,
    private readonly call: Call,
    private readonly served: Pick<ServedCall, 'span' | 'traceContext'> & Partial<Pick<ServedCall, 'principal'>>,
  ) {
    // Bytes bound: as many as one task may carry (TROUPE_MAX_PAYLOAD_BYTES), so 1,024 big tasks are not all held at once.
    this.#window = new BulkWindow(deps.bulkMaxInFlight ?? DEFAULT_BULK_MAX_IN_FLIGHT, call, deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES);
  }

  run(): Promise<void> {
    const { call, deps } = this;
    return new Promise<void>((resolve, reject) => {
      this.#done = { resolve, reject };
      const headers = new grpc.Metadata();
      headers.set(MAX_IN_FLIGHT_HEADER, String(this.#window.maxInFlight));
      call.sendMetadata(headers);
      this.served.span.setAttribute(ATTR.BULK_MAX_IN_FLIGHT, this.#window.maxInFlight);
      const onStop = (): void => {
        this.#stopped = true;
        this.#window.stop();
        this.#settle();
      };
      call.on('data', (raw: Buffer) => this.#onMessage(raw));
      call.on('end', () => {
        this.#ended = true;
        this.#window.stop();
        this.#settle();
      });
      call.on('drain', () => this.#window.setWritesBlocked(false));
      call.on('cancelled', () => {
        for (const task of this.#window.values()) this.#abort(task, 'stream');
        this.#settle();
      });
      if (deps.stopping?.aborted) onStop();
      else deps.stopping?.addEventListener('abort', onStop, { once: true });
      this.#cleanup = () => deps.stopping?.removeEventListener('abort', onStop);
    });
  }

  #cleanup: () => void = () => undefined;

  /** Resolves run() once nothing is in flight and the stream is over (client end, cancel, or stop). */
  #settle(): void {
    if (this.#window.size > 0 || !this.#done) return;
    if (!this.#ended && !this.#stopped && !this.call.cancelled) return;
    const done = this.#done;
    this.#done = undefined;
    this.#cleanup();
    this.served.span.setAttributes({ [ATTR.BULK_TASKS]: this.#tasks, [ATTR.BULK_FAILED]: this.#failed });
    if (this.deps.logger.isLevelEnabled('debug')) {
      this.deps.logger.debug({ ...withTraceIds(this.served.traceContext), tasks: this.#tasks, failed: this.#failed }, 'task stream ended');
    }
    if (this.#stopped && !this.#ended && !this.call.cancelled) {
      done.reject(new UnavailableError('the orchestrator is shutting down: every task it read has answered; submit the others again (to another instance)'));
    } else done.resolve();
  }

  #onMessage(raw: Buffer): void {
    const request = readBulkRequest(raw);
    switch (request.kind) {
      case 'submit':
        this.#submit(request, raw.length);
        return;
      case 'cancel': {
        const task = this.#window.get(request.id);
        if (task) this.#abort(task, 'cancel');
        return;
      }
      case 'malformed':
        this.#refuse(request.id, request.message, BULK_REASON.malformed);
    }
  }

  #submit(request: Extract<BulkRequest, { kind: 'submit' }>, bytes: number): void {
    const { id } = request;
    if (this.#window.has(id)) {
      this.#refuse(id, `id "${boundText(id, 80)}" belongs to a task of this stream that has not answered yet; this submit was refused (give each task in flight its own id)`, BULK_REASON.duplicateId);
      return;
    }
    const streamContext = this.served.traceContext;
    const parent = request.traceparent ? contextFromTraceHeaders(request.traceparent, request.tracestate, streamContext) : streamContext;
    const span = getTracer().startSpan(
      TASK_SPAN,
      { kind: SpanKind.SERVER, attributes: { ...RPC_ATTRIBUTES, [ATTR.BULK_ID]: id }, ...(parent === streamContext ? {} : { links: [{ context: this.served.span.spanContext() }] }) },
      parent,
    );
    const task: InFlight = { id, span, context: trace.setSpan(parent, span), started: performance.now(), controller: new Cancellation(), taskId: '', timer: undefined, aborted: undefined };
    this.#tasks++;
    this.#window.add(id, task, bytes);
    let prepared: PreparedTask;
    try {
      prepared = prepareUnaryTask(this.deps, request.task, this.call);
    } catch (err) {
      this.#finish(task, { err });
      return;
    }
    task.taskId = prepared.spec.taskId ?? '';
    const ms = prepared.deadline.getTime() - Date.now();
    if (ms <= MAX_TIMER_MS) task.timer = setTimeout(() => this.#abort(task, 'deadline'), Math.max(0, ms));
    runUnaryTask(this.deps, prepared, { span, traceContext: task.context, signal: task.controller.signal, waitForCapacity: true, bulkId: id, owner: this.served.principal?.subject }).then(
      (result) => this.#finish(task, { result }),
      (err: unknown) => this.#finish(task, { err }),
    );
  }

  #abort(task: InFlight, why: NonNullable<InFlight['aborted']>): void {
    if (task.aborted) return;
    task.aborted = why;
    task.controller.abort();
  }

  /** Ends a task: its span, its metric, its log line on failure, and its response. */
  #finish(task: InFlight, outcome: { result: Parameters<typeof bulkResultBytes>[1] } | { err: unknown }): void {
    clearTimeout(task.timer);
    let bytes: Buffer;
    let code: Status = Status.OK;
    if ('result' in outcome) {
      setGrpcStatus(task.span, SpanKind.SERVER, Status.OK);
      // Relayed results arrive as the whole response already (runUnaryTask's bulkId); decoded ones are wrapped here.
      bytes = Buffer.isBuffer(outcome.result) ? outcome.result : bulkResultBytes(task.id, outcome.result);
    } else {
      const status = this.#statusOf(task, outcome.err);
      code = status.code;
      this.#failed++;
      setGrpcStatus(task.span, SpanKind.SERVER, code, status.details);
      if (code === Status.UNKNOWN || code === Status.INTERNAL) task.span.recordException(outcome.err as Error);
      this.#logFailure(task.context, code, status.details, { bulk_id: task.id, task_id: task.taskId }, outcome.err);
      bytes = bulkErrorBytes(task.id, { code, message: status.details, taskId: task.taskId });
    }
    task.span.end();
    instruments().rpcServerDuration.record(seconds(task.started), attributesFor(code));
    this.#write(bytes);
    this.#window.delete(task.id);
    this.#settle();
  }

  /** The status a failed task answers: its deadline and the client's cancel win over how the abort surfaced. */
  #statusOf(task: InFlight, err: unknown): { code: Status; details: string } {
    switch (task.aborted) {
      case 'deadline':
        return { code: Status.DEADLINE_EXCEEDED, details: 'the task did not finish within its deadline (options.timeout_ms, or the stream deadline); its agent call was cancelled' };
      case 'cancel':
        return { code: Status.CANCELLED, details: 'the client cancelled the task' };
      case 'stream':
        return { code: Status.CANCELLED, details: 'the client cancelled the stream' };
      default:
        return toGrpcStatus(err);
    }
  }

  /** Answers a message that starts no task (malformed, or a duplicate id). */
  #refuse(id: string, message: string, reason: string): void {
    this.#failed++;
    this.#logFailure(this.served.traceContext, Status.INVALID_ARGUMENT, message, { bulk_id: id, reason });
    instruments().rpcServerDuration.record(0, attributesFor(Status.INVALID_ARGUMENT));
    this.#write(bulkErrorBytes(id, { code: Status.INVALID_ARGUMENT, message, reason }));
  }

  #write(bytes: Buffer): void {
    if (this.call.cancelled || this.call.writableEnded) return;
    if (!this.call.write(bytes)) this.#window.setWritesBlocked(true);
  }

  #logFailure(ctx: Context, code: Status, details: string, fields: Record<string, string>, err?: unknown): void {
    const line = { ...withTraceIds(ctx), method: SUBMIT_TASKS_PATH, code: statusName(code), details, ...fields };
    if (code === Status.UNKNOWN || code === Status.INTERNAL) this.deps.logger.error({ ...line, err }, 'task failed');
    else if (this.deps.logger.isLevelEnabled('info')) this.deps.logger.info(line, 'task refused');
  }
}
