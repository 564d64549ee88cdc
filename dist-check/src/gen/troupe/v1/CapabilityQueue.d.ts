import type { Long } from '@grpc/proto-loader';
/**
 * One capability's queue on this orchestrator.
 */
export interface CapabilityQueue {
    /**
     * The capability.
     */
    'capability'?: (string);
    /**
     * Tasks waiting for an instance: in the priority queue, or admitted and waiting for a routable
     * instance with room (run steps and SubmitTasks wait; SubmitTask and StreamTask do not).
     */
    'waiting'?: (number);
    /**
     * How long the oldest of them has waited, in milliseconds; 0 when none waits.
     */
    'oldestWaitMs'?: (number | string | Long);
    /**
     * Tasks of it in flight on agents.
     */
    'inFlight'?: (number);
    /**
     * Instances offering it that are routable now (active, breaker not open).
     */
    'routableInstances'?: (number);
}
/**
 * One capability's queue on this orchestrator.
 */
export interface CapabilityQueue__Output {
    /**
     * The capability.
     */
    'capability': (string);
    /**
     * Tasks waiting for an instance: in the priority queue, or admitted and waiting for a routable
     * instance with room (run steps and SubmitTasks wait; SubmitTask and StreamTask do not).
     */
    'waiting': (number);
    /**
     * How long the oldest of them has waited, in milliseconds; 0 when none waits.
     */
    'oldestWaitMs': (string);
    /**
     * Tasks of it in flight on agents.
     */
    'inFlight': (number);
    /**
     * Instances offering it that are routable now (active, breaker not open).
     */
    'routableInstances': (number);
}
