import { type Command } from '../context.js';
/** The statuses a run can be in. */
export declare const RUN_STATUSES: readonly ["pending", "running", "completed", "failed", "cancelled"];
/** `troupe runs`: the table of runs. */
export declare const command: Command;
