import { ResourceExhaustedError, UnavailableError } from '../errors.js';

/**
 * Admits tasks up to a concurrency limit, refuses all while draining, and lets
 * the drainer wait until the last in-flight task leaves.
 * @internal
 */
export class Admission {
  #inFlight = 0;
  #draining = false;
  #idle: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly who: { agent: string; instanceId: string },
  ) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Takes a slot or throws UNAVAILABLE (draining) / RESOURCE_EXHAUSTED (full). Returns the release function. */
  enter(): () => void {
    if (this.#draining) {
      throw new UnavailableError(`agent ${this.who.agent} (instance ${this.who.instanceId}) is draining and takes no new tasks; send the task to another instance`, {
        instanceId: this.who.instanceId,
      });
    }
    if (this.#inFlight >= this.max) {
      throw new ResourceExhaustedError(
        `agent ${this.who.agent} (instance ${this.who.instanceId}) is at its max concurrency of ${this.max}; retry later or start more instances`,
        { instanceId: this.who.instanceId },
      );
    }
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      if (this.#inFlight === 0) for (const wake of this.#idle.splice(0)) wake();
    };
  }

  /** Stops admitting; resolves when nothing is in flight. */
  drain(): Promise<void> {
    this.#draining = true;
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}
