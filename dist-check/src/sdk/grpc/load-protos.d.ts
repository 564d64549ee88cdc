import * as protoLoader from '@grpc/proto-loader';
import type { ProtoGrpcType as AgentProto } from '../../gen/agent.js';
import type { ProtoGrpcType as OrchestratorProto } from '../../gen/orchestrator.js';
/**
 * Loader options. They must match the flags in scripts/gen-proto-types.mjs,
 * or the generated types will lie about the runtime objects.
 * @internal
 */
export declare const PROTO_LOADER_OPTIONS: protoLoader.Options;
/** Absolute path of the `proto/` directory shipped with the package. */
export declare function protoRoot(): string;
/** Loads (once) the Troupe protos and returns their typed gRPC objects. */
export declare function loadProtos(): {
    agent: AgentProto;
    orchestrator: OrchestratorProto;
    definition: protoLoader.PackageDefinition;
};
/** Full gRPC service names, as they appear on the wire and in `rpc.service`. */
export declare const AGENT_SERVICE = "troupe.v1.AgentService";
export declare const ORCHESTRATOR_SERVICE = "troupe.v1.OrchestratorService";
