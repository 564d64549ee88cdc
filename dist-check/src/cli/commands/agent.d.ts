import { type Command } from '../context.js';
/** `troupe agent`: run an agent instance. */
export declare const command: Command;
