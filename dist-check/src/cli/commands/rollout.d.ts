import { type Command } from '../context.js';
/** `troupe rollout`: set, promote, abort, list and show canary rollouts. */
export declare const command: Command;
