/**
 * A webhook delivery's state in one word, shared by the orchestrator (`GET /api/webhooks`) and
 * the console's badges (it imports this file, which must stay free of Node APIs).
 */
export type DeliveryStateName = 'pending' | 'retrying' | 'delivered' | 'failed';
export declare const DELIVERY_STATE_NAMES: readonly DeliveryStateName[];
/** What the state is read from: a sender's delivery state, or GetRun's `callback`. */
export interface DeliveryProgress {
    readonly attempts: number;
    readonly delivered: boolean;
    readonly done: boolean;
}
/**
 * Not yet POSTed, POSTed and failing with retries left, delivered, or given up.
 *
 * @example deliveryStateName({ attempts: 1, delivered: false, done: false }) // 'retrying'
 */
export declare function deliveryStateName(progress: DeliveryProgress): DeliveryStateName;
