import type * as grpc from '@grpc/grpc-js';
import { Cancellation } from '../../sdk/util/cancellation.js';

/**
 * A signal that fires when the client cancels the call (or its deadline passes), and
 * `release()` to stop listening once the call is done — grpc-js also emits 'cancelled' when
 * a finished call's stream closes, which must not abort anything. A light {@link Cancellation}
 * (one per SubmitTask); `signal.toAbortSignal()` where an API needs a standard one.
 */
export function abortOnCancel(call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'cancelled' | 'once' | 'off'>): { signal: Cancellation; release: () => void } {
  const controller = new Cancellation();
  const onCancel = (): void => controller.abort();
  if (call.cancelled) controller.abort();
  else call.once('cancelled', onCancel);
  return { signal: controller.signal, release: () => void call.off('cancelled', onCancel) };
}
