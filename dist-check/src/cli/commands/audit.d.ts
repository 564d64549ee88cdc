import { type Command } from '../context.js';
/** `troupe audit`: who did what, when, and how it ended. */
export declare const command: Command;
