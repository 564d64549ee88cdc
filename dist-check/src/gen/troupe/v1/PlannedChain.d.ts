import type { PlannedStep as _troupe_v1_PlannedStep, PlannedStep__Output as _troupe_v1_PlannedStep__Output } from '../../troupe/v1/PlannedStep.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * A chain of capabilities from from_type to to_type.
 */
export interface PlannedChain {
    /**
     * The steps, in order.
     */
    'steps'?: (_troupe_v1_PlannedStep)[];
    /**
     * Sum of the steps' latencies, in milliseconds.
     */
    'latencyMs'?: (number | string);
    /**
     * Product of the steps' success rates.
     */
    'success'?: (number | string);
    /**
     * A workflow definition running the chain (RegisterWorkflow accepts it as JSON).
     */
    'definition'?: (_google_protobuf_Struct | null);
}
/**
 * A chain of capabilities from from_type to to_type.
 */
export interface PlannedChain__Output {
    /**
     * The steps, in order.
     */
    'steps': (_troupe_v1_PlannedStep__Output)[];
    /**
     * Sum of the steps' latencies, in milliseconds.
     */
    'latencyMs': (number);
    /**
     * Product of the steps' success rates.
     */
    'success': (number);
    /**
     * A workflow definition running the chain (RegisterWorkflow accepts it as JSON).
     */
    'definition': (_google_protobuf_Struct__Output | null);
}
