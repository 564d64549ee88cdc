/**
 * The orchestrator's view of its own NATS connection. Losing it is not evidence
 * that agents are dead (their heartbeats simply cannot reach us), and store calls
 * made while it is down can only time out. Two signals feed it:
 *
 * - the client's status events (`disconnect` → down at once; `reconnect` → a probe);
 * - a PING/PONG probe (`nc.flush()`) every `probeEveryMs`: unanswered for
 *   `probeTimeoutMs` with no byte received meanwhile → down. This catches what
 *   the client cannot see by itself: a paused server or a black-holed link keeps
 *   the socket open, and nats.js notices only after `pingInterval × maxPingOut`
 *   (4 minutes by default). A link that is slow but still delivering (a burst of
 *   store writes ahead of the PING) is busy, not down.
 *
 * Any answered probe → up.
 */
import { EventEmitter } from 'node:events';
import { Events } from 'nats';
import { UnavailableError } from '../../sdk/errors.js';
/**
 * Tracks whether the orchestrator's NATS connection works; emits `down` and `up`
 * on changes only.
 *
 * @example
 * const link = new NatsLink(nc, { logger });
 * link.on('down', (e) => registry.linkDown(e.at, e.lastGoodAt));
 * link.start();
 * link.assertUp(); // throws UNAVAILABLE "NATS is unreachable (…); retry" while down
 */
export class NatsLink extends EventEmitter {
    #nc;
    #logger;
    #probeEveryMs;
    #probeTimeoutMs;
    #now;
    #up = true;
    #lastGoodAt;
    #downSince = 0;
    #reason = '';
    /** Start of the probe in flight, or undefined; a probe of an older generation is ignored. */
    #probeStartedAt;
    /** Bytes received at the last tick, and when that count last grew: growth means the link still delivers. */
    #inBytes = 0;
    #lastRxAt = 0;
    #generation = 0;
    /** When the last tick ran: a tick much later than its interval means this process was busy, not the link. */
    #lastTickAt = 0;
    #timer;
    #stopped = false;
    constructor(nc, options) {
        super();
        // Every store call in flight listens for `down` (api/store-call.ts) and stops when it settles:
        // as many listeners as concurrent calls is expected, not a leak.
        this.setMaxListeners(0);
        this.#nc = nc;
        this.#logger = options.logger;
        this.#probeEveryMs = options.probeEveryMs ?? 250;
        this.#probeTimeoutMs = options.probeTimeoutMs ?? 1000;
        this.#now = options.now ?? Date.now;
        this.#lastGoodAt = this.#now();
    }
    /** True while the link is believed to work. */
    get isUp() {
        return this.#up;
    }
    /** When the link was last known to work. */
    get lastGoodAt() {
        return this.#lastGoodAt;
    }
    /** Starts probing and watching the client's status. Idempotent. */
    start() {
        if (this.#timer || this.#stopped)
            return;
        this.#timer = setInterval(() => this.#tick(), this.#probeEveryMs);
        this.#timer.unref();
        void this.#watchStatus();
    }
    stop() {
        this.#stopped = true;
        clearInterval(this.#timer);
    }
    /**
     * Throws UNAVAILABLE "NATS is unreachable (…); retry" while the link is down, so
     * API calls that need the store answer at once instead of timing out.
     */
    assertUp() {
        if (this.#up)
            return;
        const seconds = ((this.#now() - this.#downSince) / 1000).toFixed(1);
        throw new UnavailableError(`NATS is unreachable (${this.#reason}, for ${seconds} s); retry`, { reason: this.#reason });
    }
    #tick() {
        if (this.#nc.isClosed())
            return this.stop();
        const now = this.#now();
        // A tick this late means the event loop was blocked (a burst of calls, a long GC): the PONG may be
        // sitting unread in the socket, and timers run before I/O is read. Judge on the next tick instead.
        const stalled = this.#lastTickAt > 0 && now - this.#lastTickAt > this.#probeEveryMs + this.#probeTimeoutMs / 2;
        this.#lastTickAt = now;
        const inBytes = this.#nc.stats().inBytes;
        if (inBytes !== this.#inBytes) {
            this.#inBytes = inBytes;
            this.#lastRxAt = now;
        }
        if (this.#probeStartedAt !== undefined) {
            // Slow but delivering (bytes arrived within the timeout) is busy, not down: keep waiting for the PONG.
            if (!stalled && now - this.#probeStartedAt >= this.#probeTimeoutMs && now - this.#lastRxAt >= this.#probeTimeoutMs) {
                this.#markDown(`nothing received for ${this.#probeTimeoutMs} ms, a ping unanswered`);
            }
            return;
        }
        this.#probe(now);
    }
    #probe(now) {
        const generation = ++this.#generation;
        this.#probeStartedAt = now;
        let flushed;
        try {
            flushed = this.#nc.flush();
        }
        catch (err) {
            flushed = Promise.reject(err);
        }
        flushed.then(() => {
            if (generation !== this.#generation)
                return;
            this.#probeStartedAt = undefined;
            this.#lastGoodAt = this.#now();
            this.#markUp();
        }, (err) => {
            if (generation !== this.#generation)
                return;
            this.#probeStartedAt = undefined;
            this.#markDown(`connection lost: ${err instanceof Error ? err.message : String(err)}`);
        });
    }
    async #watchStatus() {
        for await (const status of this.#nc.status()) {
            if (this.#stopped)
                return;
            if (status.type === Events.Disconnect) {
                this.#generation++; // the probe in flight will be rejected; its answer no longer matters
                this.#probeStartedAt = undefined;
                this.#markDown('disconnected');
            }
            else if (status.type === Events.Reconnect) {
                this.#generation++;
                this.#probe(this.#now()); // confirm with a round trip before saying up
            }
        }
    }
    #markDown(reason) {
        if (this.#stopped || !this.#up)
            return;
        this.#up = false;
        this.#reason = reason;
        this.#downSince = this.#now();
        this.#logger.warn({ reason, last_good_at: new Date(this.#lastGoodAt).toISOString() }, 'NATS link down; agent liveness frozen');
        this.emit('down', { at: this.#downSince, lastGoodAt: this.#lastGoodAt, reason });
    }
    #markUp() {
        if (this.#stopped || this.#up)
            return;
        this.#up = true;
        const at = this.#now();
        const downForMs = at - this.#downSince;
        this.#logger.info({ down_for_ms: downForMs }, 'NATS link up');
        this.emit('up', { at, downForMs });
    }
}
//# sourceMappingURL=nats-link.js.map