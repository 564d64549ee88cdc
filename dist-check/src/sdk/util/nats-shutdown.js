/**
 * Resolves with `work`'s outcome, or with `'timed_out'` after `ms`, whichever
 * comes first; a rejection of `work` resolves as `'failed'`. Never rejects.
 *
 * @example
 * if ((await within(nc.flush(), 500)) !== 'ok') logger.warn('goodbye not confirmed');
 */
export async function within(work, ms) {
    let timer;
    try {
        return await Promise.race([
            work.then(() => 'ok', () => 'failed'),
            new Promise((resolve) => (timer = setTimeout(() => resolve('timed_out'), Math.max(0, ms)))),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Drains `nc` (flushes what was published, lets subscriptions finish) within
 * half of `ms`; when that does not finish (NATS unreachable), closes it, which
 * also stops its reconnect loop, within the rest. Never rejects and never takes
 * much longer than `ms`; `'abandoned'` means even `close()` did not confirm, and
 * the caller should not wait for the connection any longer.
 *
 * @example
 * await closeNats(nc, 2000); // on SIGTERM, NATS up or not
 */
export async function closeNats(nc, ms) {
    if (nc.isClosed())
        return 'closed';
    const half = Math.max(1, Math.floor(ms / 2));
    if (!nc.isDraining() && (await within(nc.drain(), half)) === 'ok')
        return 'drained';
    if (nc.isClosed())
        return 'closed';
    return (await within(nc.close(), ms - half)) === 'ok' || nc.isClosed() ? 'closed' : 'abandoned';
}
//# sourceMappingURL=nats-shutdown.js.map