import { deliveryStateName } from '../../../src/sdk/delivery-state.js';
/** The delivery's state in one word, as a badge shows it: the orchestrator's own rule. */
export const callbackState = deliveryStateName;
//# sourceMappingURL=callback.js.map