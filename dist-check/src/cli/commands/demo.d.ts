import { type Command } from '../context.js';
/** `troupe demo`: the end-to-end demonstration. */
export declare const command: Command;
