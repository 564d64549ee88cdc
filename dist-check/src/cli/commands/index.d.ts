import type { Command } from '../context.js';
/** Loads a command module on demand, so `troupe task` never pays for `troupe orchestrator`'s imports. */
export type CommandLoader = () => Promise<Command>;
/**
 * Every `troupe` subcommand, by name. Adding one is one line here plus its file in
 * this folder exporting `command: Command`.
 */
export declare const commands: Readonly<Record<string, CommandLoader>>;
/** The command called `name`, or undefined. */
export declare function findCommand(name: string): Promise<Command | undefined>;
/** All commands, sorted by name (loads every module; for help output). */
export declare function allCommands(): Promise<Command[]>;
/** The names of all commands (without loading them). */
export declare function commandNames(): string[];
