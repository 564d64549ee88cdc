/**
 * Every `troupe` subcommand, by name. Adding one is one line here plus its file in
 * this folder exporting `command: Command`.
 */
export const commands = {
    agent: async () => (await import('./agent.js')).command,
    agents: async () => (await import('./agents.js')).command,
    alerts: async () => (await import('./alerts.js')).command,
    audit: async () => (await import('./audit.js')).command,
    announce: async () => (await import('./announce.js')).command,
    conformance: async () => (await import('./conformance.js')).command,
    demo: async () => (await import('./demo.js')).command,
    dlq: async () => (await import('./dlq.js')).command,
    event: async () => (await import('./event.js')).command,
    fleet: async () => (await import('./fleet.js')).command,
    orchestrator: async () => (await import('./orchestrator.js')).command,
    plan: async () => (await import('./plan.js')).command,
    rollout: async () => (await import('./rollout.js')).command,
    run: async () => (await import('./run.js')).command,
    runs: async () => (await import('./runs.js')).command,
    schedule: async () => (await import('./schedule.js')).command,
    task: async () => (await import('./task.js')).command,
    token: async () => (await import('./token.js')).command,
    trace: async () => (await import('./trace.js')).command,
    trigger: async () => (await import('./trigger.js')).command,
    up: async () => (await import('./up.js')).command,
    workflow: async () => (await import('./workflow.js')).command,
    workflows: async () => (await import('./workflows.js')).command,
};
/** The command called `name`, or undefined. */
export async function findCommand(name) {
    return Object.hasOwn(commands, name) ? commands[name]?.() : undefined;
}
/** All commands, sorted by name (loads every module; for help output). */
export async function allCommands() {
    const loaded = await Promise.all(Object.values(commands).map((load) => load()));
    return loaded.sort((a, b) => a.name.localeCompare(b.name));
}
/** The names of all commands (without loading them). */
export function commandNames() {
    return Object.keys(commands);
}
//# sourceMappingURL=index.js.map