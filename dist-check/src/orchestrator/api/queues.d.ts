import type * as grpc from '@grpc/grpc-js';
import type { CapabilityQueue } from '../../gen/troupe/v1/CapabilityQueue.js';
import type { GetQueuesRequest__Output } from '../../gen/troupe/v1/GetQueuesRequest.js';
import type { GetQueuesResponse } from '../../gen/troupe/v1/GetQueuesResponse.js';
import type { Registry } from '../registry/registry.js';
import type { WaitingTasks } from '../dispatch/waiting-tasks.js';
import { type ApiDeps } from './deps.js';
/**
 * OrchestratorService.GetQueues: per capability (every known one, plus any with tasks
 * waiting), the tasks waiting for an instance and the oldest wait, tasks in flight and
 * instances serving it. Read-only; the scaling signal of `troupe up` (docs/fleet.md).
 */
export declare function getQueuesHandler(deps: ApiDeps): grpc.handleUnaryCall<GetQueuesRequest__Output, GetQueuesResponse>;
/** The queue of every capability (or only `only`), sorted by name. */
export declare function capabilityQueues(registry: Registry, waiting: WaitingTasks, only?: string): CapabilityQueue[];
