import type * as grpc from '@grpc/grpc-js';
/** The standard services every Troupe gRPC server serves besides its own. */
export declare const HEALTH_SERVICE = "grpc.health.v1.Health";
export declare const REFLECTION_SERVICES: readonly ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"];
/**
 * Adds server reflection (v1 and v1alpha) that lists and describes exactly what the
 * server serves: `services` (its own, e.g. `troupe.v1.AgentService`),
 * grpc.health.v1.Health and reflection itself; every message type stays describable.
 * @example addReflection(server, [AGENT_SERVICE])
 */
export declare function addReflection(server: Pick<grpc.Server, 'addService'>, services: readonly string[]): void;
