import type { Service } from 'nats';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { TaskStats } from './task-stats.js';
/** A NATS micro endpoint name for a capability (`echo.say` → `echo_say`; endpoint names allow only `[-\w]`). */
export declare function endpointName(capability: string): string;
/**
 * Adds one NATS micro endpoint per capability to the agent's service, so
 * `nats micro info` lists the capabilities and `nats micro stats` counts the tasks
 * each one served over gRPC (`taskStats`): requests, errors, processing time.
 *
 * A request on the endpoint itself is answered with a small JSON description of the
 * capability and how to call it (tasks are gRPC calls, never NATS requests); such a
 * request is counted by nats.js like any other, so `num_requests` is the gRPC tasks
 * plus these look-ups, and `data.grpc_tasks` / `data.grpc_errors` are the tasks alone.
 */
export declare function addCapabilityEndpoints(service: Service, descriptor: AgentDescriptor, address: string, taskStats: TaskStats | undefined): void;
