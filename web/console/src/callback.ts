/** A run's completion webhook as GetRun reports it (`callback`; docs/http-api.md#callbacks). */
export interface CallbackState {
  url: string;
  attempts: number;
  delivered: boolean;
  done: boolean;
  lastError?: string;
}

/** The delivery's state in one word, as a badge shows it. */
export function callbackState(c: CallbackState): 'delivered' | 'failed' | 'retrying' | 'pending' {
  if (c.delivered) return 'delivered';
  if (c.done) return 'failed';
  return c.attempts > 0 ? 'retrying' : 'pending';
}
