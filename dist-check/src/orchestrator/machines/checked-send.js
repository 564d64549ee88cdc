/**
 * `sendChecked` lives in the SDK (src/sdk/machines/checked-send.ts) since the fleet
 * supervisor's machines refuse illegal events the same way; re-exported here for the
 * orchestrator's machines and their tests.
 */
export { ILLEGAL_TRANSITION_MESSAGE, ILLEGAL_TRANSITIONS_METRIC, sendChecked } from '../../sdk/machines/checked-send.js';
//# sourceMappingURL=checked-send.js.map