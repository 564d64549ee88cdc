/**
 * A webhook delivery's state in one word, shared by the orchestrator (`GET /api/webhooks`) and
 * the console's badges (it imports this file, which must stay free of Node APIs).
 */
export const DELIVERY_STATE_NAMES = ['pending', 'retrying', 'delivered', 'failed'] as const;

export type DeliveryStateName = (typeof DELIVERY_STATE_NAMES)[number];

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
export function deliveryStateName(progress: DeliveryProgress): DeliveryStateName {
  if (progress.delivered) return 'delivered';
  if (progress.done) return 'failed';
  return progress.attempts > 0 ? 'retrying' : 'pending';
}
