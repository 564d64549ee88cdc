import { type Command } from '../context.js';
/** `troupe fleet`: the fleet supervisor's status, and resetting a crash loop. */
export declare const command: Command;
