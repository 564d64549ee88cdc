import { type Command } from '../context.js';
/** `troupe dlq`: the dead-letter table. */
export declare const command: Command;
