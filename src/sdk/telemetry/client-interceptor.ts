import { InterceptingCall, type Interceptor, type Metadata, type StatusObject } from '@grpc/grpc-js';
import { SpanKind, context, trace, type Attributes } from '@opentelemetry/api';
import { ATTR } from './attributes.js';
import { endSpanOnce } from './instrument.js';
import { instruments, seconds } from './metrics.js';
import { injectMetadata } from './propagation.js';
import { addMessageEvent, grpcSpanAttributes, grpcSpanName, setGrpcStatus } from './rpc-spans.js';
import { getTracer } from './tracer.js';

/** Options of {@link createTracingInterceptor}. */
export interface TracingInterceptorOptions {
  /** The channel target (`host:port`), reported as `server.address`/`server.port`. @default the connected peer */
  target?: string;
  /**
   * One `rpc.message` event per streamed message. Turn it off for a long-lived
   * stream that carries many calls, each traced with a span of its own.
   * @default true
   */
  messageEvents?: boolean;
}

/** Splits `host:port`, `[v6]:port` or `dns:host:port`; undefined when there is no port. */
function hostPort(address: string): { host: string; port: number } | undefined {
  const bare = address.replace(/^[a-z]+:(\/\/)?/i, '');
  const match = /^\[?([^\]]*?)\]?:(\d+)$/.exec(bare);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { host: match[1], port: Number(match[2]) };
}

/**
 * A grpc-js client interceptor that traces each call with one CLIENT span named
 * `<service>/<method>`: a child of the context active when the call is made, with
 * `rpc.*` and `server.address` attributes, the W3C trace context injected into the
 * outgoing metadata, one `rpc.message` event per streamed message, and exactly one
 * end when the status arrives (OK, error, or CANCELLED after a client cancel),
 * with `setGrpcStatus` deciding ERROR. It also records `rpc_client_duration_seconds`.
 *
 * The parent is read when the call is made. Code that holds an explicit context
 * (anything inside an async generator) must make the call inside
 * `context.with(ctx, () => client.method(...))`.
 *
 * @example
 * const client = new AgentClient(address, credentials, { interceptors: [createTracingInterceptor({ target: address })] });
 */
export function createTracingInterceptor(options: TracingInterceptorOptions = {}): Interceptor {
  const target = options.target === undefined ? undefined : hostPort(options.target);
  const messageEvents = options.messageEvents ?? true;
  return (callOptions, nextCall) => {
    const definition = callOptions.method_definition;
    const rpcAttributes = grpcSpanAttributes(definition.path);
    const attributes: Attributes = { ...rpcAttributes };
    if (target) {
      attributes[ATTR.SERVER_ADDRESS] = target.host;
      attributes[ATTR.SERVER_PORT] = target.port;
    }
    const parent = context.active();
    const span = getTracer().startSpan(grpcSpanName(definition.path), { kind: SpanKind.CLIENT, attributes }, parent);
    const spanContext = trace.setSpan(parent, span);
    const startedAt = performance.now();
    let sent = 0;
    let received = 0;
    let finished = false;

    const finish = (status: StatusObject): void => {
      if (finished) return;
      finished = true;
      const peer = target ? undefined : hostPort(safePeer(call));
      if (peer) {
        span.setAttribute(ATTR.SERVER_ADDRESS, peer.host);
        span.setAttribute(ATTR.SERVER_PORT, peer.port);
      }
      setGrpcStatus(span, SpanKind.CLIENT, status.code, status.details);
      endSpanOnce(span);
      instruments().rpcClientDuration.record(seconds(startedAt), {
        ...rpcAttributes,
        [ATTR.RPC_GRPC_STATUS_CODE]: status.code,
      });
    };

    const call: InterceptingCall = new InterceptingCall(nextCall(callOptions), {
      start(metadata: Metadata, _listener, next) {
        injectMetadata(spanContext, metadata);
        next(metadata, {
          onReceiveMetadata: (headers, nextMetadata) => nextMetadata(headers),
          onReceiveMessage(message, nextMessage) {
            if (messageEvents && definition.responseStream) addMessageEvent(span, 'RECEIVED', ++received);
            nextMessage(message);
          },
          onReceiveStatus(status, nextStatus) {
            finish(status);
            nextStatus(status);
          },
        });
      },
      sendMessage(message, next) {
        if (messageEvents && definition.requestStream) addMessageEvent(span, 'SENT', ++sent);
        next(message);
      },
    });
    return call;
  };
}

function safePeer(call: InterceptingCall): string {
  try {
    return call.getPeer();
  } catch {
    return '';
  }
}

/** {@link createTracingInterceptor} without a target: `server.address` comes from the connected peer. */
export const tracingInterceptor: Interceptor = createTracingInterceptor();
