import type { AgentDescriptor as _troupe_v1_AgentDescriptor, AgentDescriptor__Output as _troupe_v1_AgentDescriptor__Output } from '../../troupe/v1/AgentDescriptor.js';
import type { AgentState as _troupe_v1_AgentState, AgentState__Output as _troupe_v1_AgentState__Output } from '../../troupe/v1/AgentState.js';
import type { BreakerState as _troupe_v1_BreakerState, BreakerState__Output as _troupe_v1_BreakerState__Output } from '../../troupe/v1/BreakerState.js';
import type { AgentStateChange as _troupe_v1_AgentStateChange, AgentStateChange__Output as _troupe_v1_AgentStateChange__Output } from '../../troupe/v1/AgentStateChange.js';
import type { Long } from '@grpc/proto-loader';
/**
 * The registry's view of one agent instance.
 */
export interface AgentStatus {
    /**
     * The instance's descriptor.
     */
    'agent'?: (_troupe_v1_AgentDescriptor | null);
    /**
     * host:port of its gRPC server.
     */
    'address'?: (string);
    /**
     * Lifecycle state.
     */
    'state'?: (_troupe_v1_AgentState);
    /**
     * Tasks the orchestrator currently has in flight on it.
     */
    'inFlight'?: (number);
    /**
     * Tasks in flight as the agent last reported in a heartbeat.
     */
    'reportedInFlight'?: (number);
    /**
     * Unix time in milliseconds of the last heartbeat received.
     */
    'lastHeartbeatUnixMs'?: (number | string | Long);
    /**
     * Unix time in milliseconds when the instance joined.
     */
    'joinedUnixMs'?: (number | string | Long);
    /**
     * Circuit breaker state.
     */
    'breaker'?: (_troupe_v1_BreakerState);
    /**
     * Tasks completed successfully through this orchestrator.
     */
    'succeeded'?: (number | string | Long);
    /**
     * Tasks that failed through this orchestrator.
     */
    'failed'?: (number | string | Long);
    /**
     * Exponentially weighted moving average of successful task latency, in milliseconds (0 until measured).
     */
    'latencyEwmaMs'?: (number | string);
    /**
     * Share of finished tasks that succeeded, in [0, 1] (1 until any finished).
     */
    'successRate'?: (number | string);
    /**
     * Share of time since it first became routable (active) that the instance was, in [0, 1]; 0 before
     * it ever was. Joining (the probe before the first active) does not count as downtime.
     */
    'uptimeRatio'?: (number | string);
    /**
     * Recent lifecycle state changes, oldest first (bounded).
     */
    'history'?: (_troupe_v1_AgentStateChange)[];
    /**
     * Why the orchestrator refused to admit the instance (state AGENT_STATE_REFUSED); empty otherwise.
     */
    'refusedReason'?: (string);
}
/**
 * The registry's view of one agent instance.
 */
export interface AgentStatus__Output {
    /**
     * The instance's descriptor.
     */
    'agent': (_troupe_v1_AgentDescriptor__Output | null);
    /**
     * host:port of its gRPC server.
     */
    'address': (string);
    /**
     * Lifecycle state.
     */
    'state': (_troupe_v1_AgentState__Output);
    /**
     * Tasks the orchestrator currently has in flight on it.
     */
    'inFlight': (number);
    /**
     * Tasks in flight as the agent last reported in a heartbeat.
     */
    'reportedInFlight': (number);
    /**
     * Unix time in milliseconds of the last heartbeat received.
     */
    'lastHeartbeatUnixMs': (string);
    /**
     * Unix time in milliseconds when the instance joined.
     */
    'joinedUnixMs': (string);
    /**
     * Circuit breaker state.
     */
    'breaker': (_troupe_v1_BreakerState__Output);
    /**
     * Tasks completed successfully through this orchestrator.
     */
    'succeeded': (string);
    /**
     * Tasks that failed through this orchestrator.
     */
    'failed': (string);
    /**
     * Exponentially weighted moving average of successful task latency, in milliseconds (0 until measured).
     */
    'latencyEwmaMs': (number);
    /**
     * Share of finished tasks that succeeded, in [0, 1] (1 until any finished).
     */
    'successRate': (number);
    /**
     * Share of time since it first became routable (active) that the instance was, in [0, 1]; 0 before
     * it ever was. Joining (the probe before the first active) does not count as downtime.
     */
    'uptimeRatio': (number);
    /**
     * Recent lifecycle state changes, oldest first (bounded).
     */
    'history': (_troupe_v1_AgentStateChange__Output)[];
    /**
     * Why the orchestrator refused to admit the instance (state AGENT_STATE_REFUSED); empty otherwise.
     */
    'refusedReason': (string);
}
