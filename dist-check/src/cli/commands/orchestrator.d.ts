import { type Command } from '../context.js';
/** `troupe orchestrator`: run the orchestrator process. */
export declare const command: Command;
