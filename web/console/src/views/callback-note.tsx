import { useEffect } from 'preact/hooks';
import { callbackState, type CallbackState } from '../callback.js';
import { Badge } from './common.js';

/**
 * The run's callback: where it goes, how many POSTs it took, and why the last one failed. While it
 * is not done (the run may have ended, its delivery retrying) the report is read again every 2 s:
 * no run event says a delivery moved on.
 */
export function CallbackNote({ callback, reload }: { callback: CallbackState | undefined; reload: () => void }) {
  const open = callback !== undefined && !callback.done;
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(reload, 2_000);
    return () => clearInterval(timer);
  }, [open, reload]);
  if (!callback) return null;
  const state = callbackState(callback);
  return (
    <>
      <h2>Callback</h2>
      <p class="meta" data-testid="callback" aria-label="Callback delivery">
        <code>{callback.url}</code> <Badge state={state} /> {callback.attempts} attempt{callback.attempts === 1 ? '' : 's'}
        {callback.lastError && !callback.delivered && <span class="error"> · last error: {callback.lastError}</span>}
      </p>
    </>
  );
}
