import * as grpc from '@grpc/grpc-js';
import { SpanKind, trace, type Context } from '@opentelemetry/api';
import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import type { ChannelRequest } from '../../gen/troupe/v1/ChannelRequest.js';
import { Status, TroupeError } from '../../sdk/errors.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { createTracingInterceptor, getTracer, grpcSpanAttributes, grpcSpanName, setGrpcStatus, traceparentOf } from '../../sdk/telemetry/index.js';
import { parseChannelResponse, rawBytes } from './wire.js';
import { encodeChannelStart, passBuffers, type DispatchTask } from './encode-task.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

const EXECUTE_PATH = '/troupe.v1.AgentService/Execute';
/** Longest delay a Node timer takes (~24.8 days); a longer one would fire at once (TimeoutOverflowWarning). */
const MAX_TIMER_MS = 2_147_483_647;
// The stream's own span: one per connection, without an event per task message
// (each task has its span; thousands of events on a long-lived span cost CPU and say nothing),
// and a trace of its own, linked to whatever opened it: it outlives that run by far.
const channelTracing = createTracingInterceptor({ messageEvents: false, ownTrace: true });
/** Every task's CLIENT span carries these (made once). */
const CALL_ATTRIBUTES = { ...grpcSpanAttributes(EXECUTE_PATH), 'troupe.transport': 'channel' };

interface Pending {
  resolve: (executeResponse: Buffer) => void;
  reject: (err: TroupeError) => void;
}

/**
 * Many unary tasks over one `AgentService.Channel` stream to one agent. Each call
 * gets a CLIENT span named like an Execute call (the stream's own span would say
 * nothing per task), a deadline of its own, and cancellation by message. If the
 * stream breaks, every pending call fails UNAVAILABLE (so dispatch reassigns it)
 * and the next call opens a new stream.
 */
export class AgentChannel {
  #stream: grpc.ClientDuplexStream<ChannelRequest | Buffer, Buffer> | undefined;
  readonly #pending = new Map<string, Pending>();
  #nextId = 1;
  readonly #serialize = passBuffers(loadProtos().agent.troupe.v1.AgentService.service.Channel.requestSerialize);

  constructor(private readonly client: AgentServiceClient) {}

  /** Runs one task; resolves with ExecuteResponse bytes (so the result can be relayed without decoding). */
  call(task: DispatchTask, options: { deadline: Date; signal: CancelSignal; traceContext: Context }): Promise<Buffer> {
    const span = getTracer().startSpan(grpcSpanName(EXECUTE_PATH), { kind: SpanKind.CLIENT, attributes: CALL_ATTRIBUTES }, options.traceContext);
    const number = this.#nextId++;
    const callId = String(number);
    return new Promise<Buffer>((resolve, reject) => {
      const timeoutMs = options.deadline.getTime() - Date.now();
      const finish = (code: Status, message?: string): void => {
        this.#pending.delete(callId);
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onAbort);
        setGrpcStatus(span, SpanKind.CLIENT, code, message);
        span.end();
      };
      const onAbort = (): void => {
        this.#send({ cancel: { callId } });
        finish(Status.CANCELLED, 'cancelled by the caller');
        reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
      };
      const timer = setTimeout(() => {
        this.#send({ cancel: { callId } });
        finish(Status.DEADLINE_EXCEEDED, 'deadline exceeded');
        reject(new TroupeError(Status.DEADLINE_EXCEEDED, `the agent did not answer within ${Math.round(timeoutMs)} ms`));
      }, Math.min(MAX_TIMER_MS, Math.max(0, timeoutMs)));
      if (options.signal.aborted) return onAbort();
      options.signal.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(callId, {
        resolve: (bytes) => {
          finish(Status.OK);
          resolve(bytes);
        },
        reject: (err) => {
          finish(err.code, err.message);
          reject(err);
        },
      });
      const traceparent = traceparentOf(trace.setSpan(options.traceContext, span));
      const timeout = Math.max(1, Math.ceil(timeoutMs));
      const { rawInput } = task;
      // A task whose input came as bytes is sent as bytes (encode-task.ts); any other through proto-loader.
      this.#send(rawInput ? encodeChannelStart(number, { ...task, rawInput }, traceparent, timeout) : { start: { callId, task, traceparent, timeoutMs: timeout } });
    });
  }

  /** Ends the stream; pending calls fail UNAVAILABLE. */
  close(): void {
    this.#stream?.end();
    this.#fail('the orchestrator closed the channel');
  }

  #send(message: ChannelRequest | Buffer): void {
    this.#open().write(message);
  }

  #open(): grpc.ClientDuplexStream<ChannelRequest | Buffer, Buffer> {
    if (this.#stream) return this.#stream;
    const method = loadProtos().agent.troupe.v1.AgentService.service.Channel;
    const stream = this.client.makeBidiStreamRequest(method.path, this.#serialize, rawBytes, new grpc.Metadata(), { interceptors: [channelTracing] });
    stream.on('data', (raw: Buffer) => this.#onResponse(raw, method.responseDeserialize));
    const broken = (why: string): void => {
      if (this.#stream !== stream) return;
      this.#stream = undefined;
      this.#fail(why);
    };
    stream.on('error', (err: grpc.ServiceError) => broken(`the channel to the agent failed: ${err.details || err.message}`));
    stream.on('end', () => broken('the agent closed the channel'));
    this.#stream = stream;
    return stream;
  }

  #onResponse(raw: Buffer, decode: (b: Buffer) => { callId: string; error?: { code: Status; message: string } | null }): void {
    const parsed = parseChannelResponse(raw);
    const callId = parsed?.callId ?? decode(raw).callId;
    const pending = this.#pending.get(callId);
    if (!pending) return; // cancelled or timed out already
    if (parsed?.executeResponse) pending.resolve(parsed.executeResponse);
    else {
      const error = decode(raw).error;
      pending.reject(new TroupeError(error?.code ?? Status.UNKNOWN, error?.message ?? 'the agent answered without a result'));
    }
  }

  #fail(why: string): void {
    for (const pending of [...this.#pending.values()]) pending.reject(new TroupeError(Status.UNAVAILABLE, why));
    this.#pending.clear();
  }
}
