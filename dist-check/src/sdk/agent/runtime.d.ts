import type { Attributes } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { TaskStats } from '../discovery/task-stats.js';
import type { Admission } from './admission.js';
import type { AgentDefinition } from './define-agent.js';
import type { AgentBuckets } from './agent-buckets.js';
import type { ResultCache } from './result-cache.js';
/** State shared by an agent instance's gRPC handlers. @internal */
export interface AgentRuntime {
    readonly definition: AgentDefinition;
    readonly instanceId: string;
    readonly descriptor: AgentDescriptor;
    readonly admission: Admission;
    readonly logger: Logger;
    /** Aborted when the agent stops hard (drain timeout): in-flight handlers see their signal abort. */
    readonly stopSignal: AbortSignal;
    /** Called when `stopSignal` aborts: one per task in flight (a Set costs less per task than a listener on the signal). */
    readonly onStop: Set<() => void>;
    /** Attributes every server span of this instance carries. */
    readonly spanAttributes: Attributes;
    /** Per-capability counts of settled tasks, for the NATS micro stats. */
    readonly taskStats: TaskStats;
    /** The result cache, when a capability has `cacheByIdempotencyKey` (set once NATS is connected). */
    cache: ResultCache | undefined;
    /** The handlers' KV buckets (`TaskContext.openBucket`), when the instance has NATS (set once connected). */
    buckets: AgentBuckets | undefined;
}
/** Builds the wire descriptor of an instance. @internal */
export declare function describe(definition: AgentDefinition, instanceId: string): AgentDescriptor;
