import { ServerInterceptingCall, type ServerInterceptingCallInterface, type ServerInterceptor } from '@grpc/grpc-js';

/** Bounds of {@link writeAheadInterceptor}'s window. */
export interface WriteAheadWindow {
  /** Messages handed to HTTP/2 and not yet written to the socket. @default 32 */
  messages?: number;
  /** Bytes of those messages, as told by `sizeOf`. @default 1 MiB */
  bytes?: number;
  /**
   * The size of a message before grpc-js encodes it. Messages it cannot size
   * (0) count against `messages` only. @default a Buffer's length, else 0
   */
  sizeOf?: (message: unknown) => number;
}

const bufferSize = (message: unknown): number => (Buffer.isBuffer(message) ? message.length : 0);

type Inner = ServerInterceptingCallInterface;

/**
 * Lets a server stream keep several messages in flight. A grpc-js server stream
 * is a Writable whose next message waits until the previous one has reached the
 * socket, so it sends at most one message per event-loop turn; in a relay, which
 * has an agent to read on the same loop, that halves the rate. Below the window
 * this call acknowledges a message as soon as HTTP/2 has queued it; at the window
 * it holds the acknowledgement until an earlier message is written. The Writable,
 * and with it `write()`'s return value and 'drain', still applies back-pressure:
 * only the window's worth more is buffered, never an unbounded amount.
 */
class WriteAheadCall implements ServerInterceptingCallInterface {
  #messages = 0;
  #bytes = 0;
  #held: (() => void) | undefined;

  constructor(
    private readonly next: Inner,
    private readonly window: Required<WriteAheadWindow>,
  ) {}

  sendMessage(message: unknown, callback: () => void): void {
    const bytes = this.window.sizeOf(message);
    this.#messages++;
    this.#bytes += bytes;
    this.next.sendMessage(message, () => {
      this.#messages--;
      this.#bytes -= bytes;
      const held = this.#held;
      if (held && !this.#full()) {
        this.#held = undefined;
        held();
      }
    });
    // grpc-js's Writable sends one message at a time, so at most one acknowledgement is held.
    if (this.#full()) this.#held = callback;
    else callback();
  }

  #full(): boolean {
    return this.#messages >= this.window.messages || this.#bytes >= this.window.bytes;
  }

  start(listener: Parameters<Inner['start']>[0]): void {
    this.next.start(listener);
  }
  sendMetadata(metadata: Parameters<Inner['sendMetadata']>[0]): void {
    this.next.sendMetadata(metadata);
  }
  // HTTP/2 keeps the order: the trailers go after every queued message.
  sendStatus(status: Parameters<Inner['sendStatus']>[0]): void {
    this.next.sendStatus(status);
  }
  startRead(): void {
    this.next.startRead();
  }
  getPeer(): string {
    return this.next.getPeer();
  }
  getDeadline(): ReturnType<Inner['getDeadline']> {
    return this.next.getDeadline();
  }
  getHost(): string {
    return this.next.getHost();
  }
  getAuthContext(): ReturnType<Inner['getAuthContext']> {
    return this.next.getAuthContext();
  }
  getConnectionInfo(): ReturnType<Inner['getConnectionInfo']> {
    return this.next.getConnectionInfo();
  }
  getMetricsRecorder(): ReturnType<Inner['getMetricsRecorder']> {
    return this.next.getMetricsRecorder();
  }
}

/**
 * A server interceptor that gives every server-streaming method a write-ahead
 * window (see {@link WriteAheadCall}); other methods pass through untouched.
 *
 * @example
 * new grpc.Server({ interceptors: [writeAheadInterceptor()] });
 */
export function writeAheadInterceptor(window: WriteAheadWindow = {}): ServerInterceptor {
  const bounds = { messages: window.messages ?? 32, bytes: window.bytes ?? 1024 * 1024, sizeOf: window.sizeOf ?? bufferSize };
  return (method, call) => {
    // grpc-js only calls the interface's methods on what an interceptor returns; wrapping
    // a unary call in a pass-through ServerInterceptingCall would cost every unary call.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see above: the interface is all grpc-js uses
    if (!method.responseStream) return call as ServerInterceptingCall;
    return new ServerInterceptingCall(new WriteAheadCall(call, bounds));
  };
}
