import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
/**
 * Loader options. They must match the flags in scripts/gen-proto-types.mjs,
 * or the generated types will lie about the runtime objects.
 * @internal
 */
export const PROTO_LOADER_OPTIONS = {
    keepCase: false,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
};
/** Absolute path of the `proto/` directory shipped with the package. */
export function protoRoot() {
    // src/sdk/grpc and dist/sdk/grpc are both three levels below the package root.
    const here = dirname(fileURLToPath(import.meta.url));
    const candidate = join(here, '..', '..', '..', 'proto');
    if (!existsSync(candidate))
        throw new Error(`proto directory not found at ${candidate}`);
    return candidate;
}
let cache;
/** Loads (once) the Troupe protos and returns their typed gRPC objects. */
export function loadProtos() {
    if (cache)
        return cache;
    const root = protoRoot();
    const definition = protoLoader.loadSync(['troupe/v1/agent.proto', 'troupe/v1/orchestrator.proto', 'troupe/v1/common.proto'], { ...PROTO_LOADER_OPTIONS, includeDirs: [root] });
    const loaded = grpc.loadPackageDefinition(definition);
    cache = {
        agent: loaded,
        orchestrator: loaded,
        definition,
    };
    return cache;
}
/** Full gRPC service names, as they appear on the wire and in `rpc.service`. */
export const AGENT_SERVICE = 'troupe.v1.AgentService';
export const ORCHESTRATOR_SERVICE = 'troupe.v1.OrchestratorService';
//# sourceMappingURL=load-protos.js.map