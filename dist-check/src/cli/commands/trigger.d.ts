import { type Command } from '../context.js';
/** `troupe trigger list`: the event triggers of the registered workflows. */
export declare const command: Command;
