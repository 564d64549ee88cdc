import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { PROTO_LOADER_OPTIONS, protoRoot } from './load-protos.js';
import { forReflection } from './reflection-imports.js';
/** The standard services every Troupe gRPC server serves besides its own. */
export const HEALTH_SERVICE = 'grpc.health.v1.Health';
export const REFLECTION_SERVICES = ['grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection'];
let loaded;
/** The fixed-up definitions, by the services they keep (one per kind of server). */
const reflected = new Map();
/**
 * Every proto a Troupe server may serve: ours, grpc.health.v1 (from grpc-health-check)
 * and grpc.reflection v1/v1alpha (from @grpc/reflection), so reflection can describe
 * each of them and grpcurl needs no `-proto`.
 */
function reflectableDefinition() {
    if (loaded)
        return loaded;
    const require = createRequire(import.meta.url);
    const healthDir = join(dirname(require.resolve('grpc-health-check')), '..', '..', 'proto');
    const reflectionDir = join(dirname(require.resolve('@grpc/reflection')), '..', 'proto');
    loaded = protoLoader.loadSync([
        'troupe/v1/agent.proto',
        'troupe/v1/orchestrator.proto',
        'troupe/v1/common.proto',
        'health/v1/health.proto',
        'grpc/reflection/v1/reflection.proto',
        'grpc/reflection/v1alpha/reflection.proto',
    ], 
    // keepCase: descriptors carry the field names of the .proto files (task_id, not taskId).
    { ...PROTO_LOADER_OPTIONS, keepCase: true, includeDirs: [protoRoot(), healthDir, reflectionDir] });
    return loaded;
}
/**
 * Adds server reflection (v1 and v1alpha) that lists and describes exactly what the
 * server serves: `services` (its own, e.g. `troupe.v1.AgentService`),
 * grpc.health.v1.Health and reflection itself; every message type stays describable.
 * @example addReflection(server, [AGENT_SERVICE])
 */
export function addReflection(server, services) {
    const served = [...services, HEALTH_SERVICE, ...REFLECTION_SERVICES];
    const key = served.join(',');
    let definition = reflected.get(key);
    if (!definition)
        reflected.set(key, (definition = forReflection(reflectableDefinition(), new Set(served))));
    new ReflectionService(definition, { services: served }).addToServer(server);
}
//# sourceMappingURL=reflection.js.map