import { type Command } from '../context.js';
/** `troupe agents`: list, watch, or change the mode of agent instances. */
export declare const command: Command;
