import { deliveryStateName, type DeliveryStateName } from '../../sdk/delivery-state.js';
import type { DeliveryState } from './sender.js';

/** Deliveries listed by default; the oldest finished ones go first beyond this. */
export const DEFAULT_DELIVERY_LOG_SIZE = 1000;

export { DELIVERY_STATE_NAMES, deliveryStateName, type DeliveryStateName } from '../../sdk/delivery-state.js';

/** What a delivery is for, as its registrant knows it. */
export interface DeliverySubject {
  /** A run's completion callback, or a task's (HTTP `POST /api/tasks` or gRPC SubmitTask). */
  readonly kind: 'run' | 'task';
  /** The run or task id. */
  readonly id: string;
  readonly url: string;
  /** The run's workflow (kind run); a resumed run's is filled in when it ends. */
  workflow?: string | undefined;
  /** The task's capability (kind task). */
  readonly capability?: string | undefined;
  /** Who submitted the task (kind task): only they, or a `*` caller, see it. */
  readonly owner?: string | undefined;
  readonly traceId?: string | undefined;
}

/** One line of `GET /api/webhooks`: never a secret nor a body. */
export interface DeliveryView {
  kind: 'run' | 'task';
  id: string;
  url: string;
  workflow?: string;
  capability?: string;
  state: DeliveryStateName;
  attempts: number;
  delivered: boolean;
  done: boolean;
  lastError?: string;
  /** When the delivery was registered (for a run: when it started with `callback_url`). */
  registeredAt: string;
  /** The last POST, else the registration. */
  updatedAt: string;
  traceId?: string;
}

interface Entry {
  readonly subject: DeliverySubject;
  /** The sender's own object, mutated in place as it goes. */
  readonly state: DeliveryState;
  readonly registeredAt: string;
}

/**
 * The webhook deliveries this orchestrator made or will make (run and task callbacks), newest
 * first, for `GET /api/webhooks` and the console's Webhooks view. In memory and per orchestrator:
 * each orchestrator lists the deliveries it sends. Bounded: beyond `maxSize` the oldest finished
 * delivery is forgotten, or the oldest of all when none has finished. Entries hold the sender's
 * {@link DeliveryState} objects, so they show each attempt as it happens without copying.
 */
export class DeliveryLog {
  private readonly entries = new Map<string, Entry>();
  /** When each delivery's last POST ended, by the sender's state object. */
  private readonly moved = new WeakMap<DeliveryState, string>();

  constructor(
    private readonly maxSize: number = DEFAULT_DELIVERY_LOG_SIZE,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Lists `state` (the object the sender will update) under `subject`; a run or task registered again moves to the front. */
  register(subject: DeliverySubject, state: DeliveryState): void {
    const key = `${subject.kind}:${subject.id}`;
    this.entries.delete(key);
    this.entries.set(key, { subject, state, registeredAt: new Date(this.now()).toISOString() });
    this.prune();
  }

  /** Notes that `state` just had a POST answered (or failed): its `updatedAt`. */
  touch(state: DeliveryState): void {
    this.moved.set(state, new Date(this.now()).toISOString());
  }

  /**
   * The newest `limit` deliveries `visible` lets through, in state `state` when given.
   * @param visible decides per subject (scopes, workflow limits, task owner)
   */
  list(options: { state?: DeliveryStateName | undefined; limit?: number | undefined; visible?: (subject: DeliverySubject) => boolean } = {}): DeliveryView[] {
    const limit = options.limit ?? this.maxSize;
    const out: DeliveryView[] = [];
    for (const entry of [...this.entries.values()].reverse()) {
      if (out.length >= limit) break;
      const name = deliveryStateName(entry.state);
      if (options.state && name !== options.state) continue;
      if (options.visible && !options.visible(entry.subject)) continue;
      out.push(view(entry, name, this.moved.get(entry.state)));
    }
    return out;
  }

  private prune(): void {
    if (this.entries.size <= this.maxSize) return;
    for (const [key, entry] of this.entries) {
      if (entry.state.done) this.entries.delete(key);
      if (this.entries.size <= this.maxSize) return;
    }
    // Every kept delivery is unfinished: forget the oldest ones (their run or task still knows its state).
    for (const key of this.entries.keys()) {
      this.entries.delete(key);
      if (this.entries.size <= this.maxSize) return;
    }
  }
}

function view(entry: Entry, state: DeliveryStateName, movedAt: string | undefined): DeliveryView {
  const { subject, state: s } = entry;
  return {
    kind: subject.kind,
    id: subject.id,
    url: subject.url,
    ...(subject.workflow !== undefined ? { workflow: subject.workflow } : {}),
    ...(subject.capability !== undefined ? { capability: subject.capability } : {}),
    state,
    attempts: s.attempts,
    delivered: s.delivered,
    done: s.done,
    ...(s.lastError !== undefined ? { lastError: s.lastError } : {}),
    registeredAt: entry.registeredAt,
    updatedAt: movedAt ?? entry.registeredAt,
    ...(subject.traceId ? { traceId: subject.traceId } : {}),
  };
}
