import type * as grpc from '@grpc/grpc-js';

/** An AbortSignal that fires when the client cancels the call (or its deadline passes). */
export function abortOnCancel(call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'cancelled' | 'once'>): AbortSignal {
  const controller = new AbortController();
  if (call.cancelled) controller.abort();
  else call.once('cancelled', () => controller.abort());
  return controller.signal;
}
