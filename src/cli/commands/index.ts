import type { Command } from '../context.js';

/** Loads a command module on demand, so `troupe task` never pays for `troupe orchestrator`'s imports. */
export type CommandLoader = () => Promise<Command>;

/**
 * Every `troupe` subcommand, by name. Adding one is one line here plus its file in
 * this folder exporting `command: Command`.
 */
export const commands: Readonly<Record<string, CommandLoader>> = {
  agent: async () => (await import('./agent.js')).command,
  agents: async () => (await import('./agents.js')).command,
  demo: async () => (await import('./demo.js')).command,
  orchestrator: async () => (await import('./orchestrator.js')).command,
  task: async () => (await import('./task.js')).command,
};

/** The command called `name`, or undefined. */
export async function findCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(commands, name) ? commands[name]?.() : undefined;
}

/** All commands, sorted by name (loads every module; for help output). */
export async function allCommands(): Promise<Command[]> {
  const loaded = await Promise.all(Object.values(commands).map((load) => load()));
  return loaded.sort((a, b) => a.name.localeCompare(b.name));
}
