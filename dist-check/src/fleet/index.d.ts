/**
 * The `troupe up` fleet supervisor (docs/fleet.md): a fleet file, one XState actor per
 * managed agent (start, heal, scale), the scaling rules and the resource guard. Uses the
 * SDK only; the CLI runs it.
 * @packageDocumentation
 */
export { checkDependencies, formatOrder, type DependencyReport } from './dependencies.js';
export { FleetFileError } from './errors.js';
export { FLEET_AGENT_TRANSITIONS, fleetAgentMachine, restartDelay } from './fleet-agent.machine.js';
export type { DecisionCause, FleetAgentContext, FleetAgentEvent, FleetAgentInput, FleetAgentStateName, ScaleDecision } from './fleet-agent.types.js';
export { parseFleetFile } from './fleet-file.js';
export type { FleetAgentSpec, FleetSpec, Launch, ResourceThresholds, RestartPolicy, ScalePolicy, ScheduleRule } from './fleet-spec.js';
export { runFleet, type FleetProcess, type RunFleetOptions } from './main.js';
export { ProcessGroup, type GroupEvent, type InstanceInfo, type Launcher } from './process-group.js';
export { assessResources, levelValue, osProbe, type GuardLevel, type GuardState, type HostProbe } from './resource-guard.js';
export { decideScale, floorAt, type QueueSignal, type ScaleAnswer, type ScaleMemory } from './scaling.js';
export { inWindow, parseWindow, type TimeWindow } from './schedule-window.js';
export type { FleetAgentStatus, FleetStatus } from './status.js';
export { Supervisor, type SupervisorOptions } from './supervisor.js';
