/**
 * Dependencies between fleet agents: an agent that `needs` a capability starts only
 * once that capability is active. Inside the fleet this gives a start order (shown by
 * `troupe up`); a cycle is an error naming it; a need no fleet agent provides is
 * "external" (something else must serve it) and is named while the agent waits.
 */
import type { FleetAgentSpec } from './fleet-spec.js';

/** The dependency graph of a fleet. */
export interface DependencyReport {
  /** Agent names in start order (dependencies first; file order among equals), in waves that can start together. */
  readonly waves: readonly (readonly string[])[];
  /** Per agent, the needs that no agent of the fleet provides. */
  readonly external: ReadonlyMap<string, readonly string[]>;
  /** Problems (cycles, an agent needing its own capability), each naming the agents. */
  readonly problems: readonly string[];
}

/**
 * Orders `agents` by their needs.
 *
 * @example
 * ```ts
 * checkDependencies(fleet.agents).waves; // [['topic-discovery', 'web-harvester'], ['script-weaver'], ['voice-forge']]
 * ```
 */
export function checkDependencies(agents: readonly FleetAgentSpec[]): DependencyReport {
  const providers = new Map<string, string[]>();
  for (const a of agents) for (const c of a.capabilities) providers.set(c, [...(providers.get(c) ?? []), a.name]);
  const deps = new Map<string, Set<string>>();
  const external = new Map<string, string[]>();
  const problems: string[] = [];
  for (const a of agents) {
    const on = new Set<string>();
    for (const need of a.needs) {
      const by = providers.get(need);
      if (!by) external.set(a.name, [...(external.get(a.name) ?? []), need]);
      else if (by.includes(a.name)) problems.push(`agents.${a.name}.needs: "${need}" is its own capability`);
      else for (const p of by) on.add(p);
    }
    deps.set(a.name, on);
  }
  const waves: string[][] = [];
  const placed = new Set<string>();
  while (placed.size < agents.length) {
    const wave = agents.filter((a) => !placed.has(a.name) && [...(deps.get(a.name) ?? [])].every((d) => placed.has(d))).map((a) => a.name);
    if (wave.length === 0) {
      const left = agents.filter((a) => !placed.has(a.name)).map((a) => a.name);
      problems.push(`agents: dependency cycle: ${findCycle(left, deps).join(' → ')}`);
      break;
    }
    for (const n of wave) placed.add(n);
    waves.push(wave);
  }
  return { waves, external, problems };
}

/** One cycle among `left` (every one of them is on or behind a cycle), as a closed path. */
function findCycle(left: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const path: string[] = [];
  let at = left[0] ?? '';
  while (!path.includes(at)) {
    path.push(at);
    at = [...(deps.get(at) ?? [])].find((d) => left.includes(d)) ?? at;
  }
  return [...path.slice(path.indexOf(at)), at];
}

/** `a, b → c → d`: the start order as one line. */
export function formatOrder(waves: readonly (readonly string[])[]): string {
  return waves.map((w) => w.join(', ')).join(' → ');
}
