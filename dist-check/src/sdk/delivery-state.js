export const DELIVERY_STATE_NAMES = ['pending', 'retrying', 'delivered', 'failed'];
/**
 * Not yet POSTed, POSTed and failing with retries left, delivered, or given up.
 *
 * @example deliveryStateName({ attempts: 1, delivered: false, done: false }) // 'retrying'
 */
export function deliveryStateName(progress) {
    if (progress.delivered)
        return 'delivered';
    if (progress.done)
        return 'failed';
    return progress.attempts > 0 ? 'retrying' : 'pending';
}
//# sourceMappingURL=delivery-state.js.map