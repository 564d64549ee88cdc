/** Most state changes kept per instance. */
const MAX_CHANGES = 50;
/**
 * An instance's lifecycle history: recent state changes with timestamps, and the
 * time it spent routable (active) since it first became routable, for its uptime
 * ratio. Joining (the Describe probe before the first `active`) is not downtime:
 * a healthy agent that just started reads 100%, not 65–95%.
 */
export class AgentHistory {
    #changes = [];
    #activeMs = 0;
    #activeSince;
    #firstActiveAt;
    #joinedAt;
    constructor(joinedAt) {
        this.#joinedAt = joinedAt;
    }
    get joinedAt() {
        return this.#joinedAt;
    }
    /** The history to persist, as of `now`. */
    save(now) {
        const active = this.#activeMs + (this.#activeSince !== undefined ? Math.max(0, now - this.#activeSince) : 0);
        return {
            joinedAt: this.#joinedAt,
            ...(this.#firstActiveAt === undefined ? {} : { firstActiveAt: this.#firstActiveAt }),
            activeMs: active,
            savedAt: now,
            changes: [...this.#changes],
        };
    }
    /**
     * Seeds this history with an earlier life's (an orchestrator restart): the join
     * time goes back to the earlier one, the time routable then is added (up to when it
     * was saved: the time the orchestrator was down counts as not routable), and the
     * earlier changes come first (the newest {@link MAX_CHANGES} kept).
     */
    restore(saved) {
        if (!(saved.joinedAt < this.#joinedAt))
            return;
        this.#joinedAt = saved.joinedAt;
        // An older saved history has no firstActiveAt: its join time is the best there is.
        const firstActive = saved.firstActiveAt ?? (saved.activeMs > 0 ? saved.joinedAt : undefined);
        if (firstActive !== undefined && (this.#firstActiveAt === undefined || firstActive < this.#firstActiveAt))
            this.#firstActiveAt = firstActive;
        this.#activeMs += Math.max(0, saved.activeMs);
        const first = this.#changes[0]?.at ?? Number.POSITIVE_INFINITY;
        this.#changes.unshift(...saved.changes.filter((c) => c.at <= first));
        while (this.#changes.length > MAX_CHANGES)
            this.#changes.shift();
    }
    /**
     * Records entering `state` at `at`, with why and who. A change of the breaker alone
     * is recorded as re-entering the current state, with the breaker's reason.
     */
    enter(state, at, cause) {
        if (this.#activeSince !== undefined) {
            this.#activeMs += at - this.#activeSince;
            this.#activeSince = undefined;
        }
        if (state === 'active') {
            this.#activeSince = at;
            this.#firstActiveAt ??= at;
        }
        this.#changes.push(cause ? { state, at, reason: cause.reason, actor: cause.actor } : { state, at });
        if (this.#changes.length > MAX_CHANGES)
            this.#changes.shift();
    }
    changes() {
        return this.#changes;
    }
    /** Share of the time since it first became active that the instance was active, in [0, 1]; 0 before it ever was. */
    uptimeRatio(now) {
        if (this.#firstActiveAt === undefined)
            return 0;
        const total = now - this.#firstActiveAt;
        if (total <= 0)
            return this.#activeSince !== undefined ? 1 : 0;
        const active = this.#activeMs + (this.#activeSince !== undefined ? now - this.#activeSince : 0);
        return Math.min(1, Math.max(0, active / total));
    }
}
//# sourceMappingURL=agent-history.js.map