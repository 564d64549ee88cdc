import { type Command } from '../context.js';
/** `troupe run`: start (and watch) a run, show a run's report, or cancel a run. */
export declare const command: Command;
