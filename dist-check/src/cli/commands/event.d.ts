import { type Command } from '../context.js';
/** `troupe event publish`: publish a test event for triggers. */
export declare const command: Command;
