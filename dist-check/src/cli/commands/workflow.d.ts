import { type CliContext, type Command } from '../context.js';
/** `troupe workflow`: register a definition, or list the registered ones. */
export declare const command: Command;
/** Prints the registered workflows (`troupe workflows`, `troupe workflow list`). */
export declare function listWorkflows(json: boolean, ctx: CliContext, address: string | undefined): Promise<number>;
