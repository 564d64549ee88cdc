import { type Command } from '../context.js';
/** `troupe conformance`: check an agent against the contract. */
export declare const command: Command;
