import { type DeliveryStateName } from '../../sdk/delivery-state.js';
import type { DeliveryState } from './sender.js';
/** Deliveries listed by default; the oldest finished ones go first beyond this. */
export declare const DEFAULT_DELIVERY_LOG_SIZE = 1000;
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
/**
 * The webhook deliveries this orchestrator made or will make (run and task callbacks), newest
 * first, for `GET /api/webhooks` and the console's Webhooks view. In memory and per orchestrator:
 * each orchestrator lists the deliveries it sends. Bounded: beyond `maxSize` the oldest finished
 * delivery is forgotten, or the oldest of all when none has finished. Entries hold the sender's
 * {@link DeliveryState} objects, so they show each attempt as it happens without copying.
 */
export declare class DeliveryLog {
    private readonly maxSize;
    private readonly now;
    private readonly entries;
    /** When each delivery's last POST ended, by the sender's state object. */
    private readonly moved;
    constructor(maxSize?: number, now?: () => number);
    get size(): number;
    /** Lists `state` (the object the sender will update) under `subject`; a run or task registered again moves to the front. */
    register(subject: DeliverySubject, state: DeliveryState): void;
    /** Notes that `state` just had a POST answered (or failed): its `updatedAt`. */
    touch(state: DeliveryState): void;
    /**
     * The newest `limit` deliveries `visible` lets through, in state `state` when given.
     * @param visible decides per subject (scopes, workflow limits, task owner)
     */
    list(options?: {
        state?: DeliveryStateName | undefined;
        limit?: number | undefined;
        visible?: (subject: DeliverySubject) => boolean;
    }): DeliveryView[];
    private prune;
}
