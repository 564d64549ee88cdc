/**
 * Types and vocabularies of the run machine (`run.machine.ts`, which
 * re-exports everything here). Times are ms on the actor's clock.
 */
/** Every event type the machine accepts somewhere. */
export const RUN_EVENTS = [
    'START', 'STEP_STARTED', 'STEP_WAITING', 'STEP_SIGNALLED', 'STEP_SUCCEEDED', 'STEP_FAILED', 'STEP_SKIPPED', 'STEP_RECOVERED', 'ITEM_DONE',
    'COMPLETE', 'FAIL', 'CANCEL', 'DEADLINE',
];
/** States of `runMachine`; the last three are final. */
export const RUN_STATES = ['pending', 'running', 'completed', 'failed', 'cancelled'];
//# sourceMappingURL=run.types.js.map