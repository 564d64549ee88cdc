/**
 * The `troupe up` fleet supervisor (docs/fleet.md): a fleet file, one XState actor per
 * managed agent (start, heal, scale), the scaling rules and the resource guard. Uses the
 * SDK only; the CLI runs it.
 * @packageDocumentation
 */
export { checkDependencies, formatOrder } from './dependencies.js';
export { FleetFileError } from './errors.js';
export { FLEET_AGENT_TRANSITIONS, fleetAgentMachine, restartDelay } from './fleet-agent.machine.js';
export { parseFleetFile } from './fleet-file.js';
export { runFleet } from './main.js';
export { ProcessGroup } from './process-group.js';
export { assessResources, levelValue, osProbe } from './resource-guard.js';
export { decideScale, floorAt } from './scaling.js';
export { inWindow, parseWindow } from './schedule-window.js';
export { Supervisor } from './supervisor.js';
//# sourceMappingURL=index.js.map