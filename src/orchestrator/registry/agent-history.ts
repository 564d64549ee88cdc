import type { LifecycleState } from './agent-entry.js';

/** Most state changes kept per instance. */
const MAX_CHANGES = 50;

/**
 * An instance's lifecycle history: recent state changes with timestamps, and the
 * time it spent routable (active) since it joined, for its uptime ratio.
 */
export class AgentHistory {
  readonly #changes: { state: LifecycleState; at: number }[] = [];
  #activeMs = 0;
  #activeSince: number | undefined;

  constructor(private readonly joinedAt: number) {}

  /** Records entering `state` at `at`. */
  enter(state: LifecycleState, at: number): void {
    if (this.#activeSince !== undefined) {
      this.#activeMs += at - this.#activeSince;
      this.#activeSince = undefined;
    }
    if (state === 'active') this.#activeSince = at;
    this.#changes.push({ state, at });
    if (this.#changes.length > MAX_CHANGES) this.#changes.shift();
  }

  changes(): readonly { state: LifecycleState; at: number }[] {
    return this.#changes;
  }

  /** Share of the time since joining that the instance was active, in [0, 1]. */
  uptimeRatio(now: number): number {
    const total = now - this.joinedAt;
    if (total <= 0) return this.#activeSince !== undefined ? 1 : 0;
    const active = this.#activeMs + (this.#activeSince !== undefined ? now - this.#activeSince : 0);
    return Math.min(1, Math.max(0, active / total));
  }
}
