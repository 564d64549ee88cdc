import { type Command } from '../context.js';
/** `troupe token`: makes static API tokens and their file lines; never calls the orchestrator. */
export declare const command: Command;
