// The descriptors server reflection hands out must satisfy strict clients (grpcurl,
// Go's protodesc): imports declared, map entries named as protoc names them, and only
// the services the server serves.
import { createRequire } from 'node:module';
import * as protoLoader from '@grpc/proto-loader';
import { describe, expect, it } from 'vitest';
import { PROTO_LOADER_OPTIONS, protoRoot } from '../../src/sdk/grpc/load-protos.js';
import { forReflection, mapEntryName } from '../../src/sdk/grpc/reflection-imports.js';
const here = createRequire(import.meta.url);
const { FileDescriptorProto } = createRequire(here.resolve('@grpc/proto-loader'))('protobufjs/ext/descriptor');
function files(definition) {
    const out = new Map();
    for (const value of Object.values(definition)) {
        for (const bytes of value.fileDescriptorProtos ?? []) {
            const file = FileDescriptorProto.decode(bytes);
            out.set(file.name, file);
        }
    }
    return out;
}
const loaded = protoLoader.loadSync(['troupe/v1/agent.proto', 'troupe/v1/orchestrator.proto'], { ...PROTO_LOADER_OPTIONS, keepCase: true, includeDirs: [protoRoot()] });
describe('descriptors for server reflection', () => {
    it('declares the imports proto-loader leaves out (troupe.v1 uses google.protobuf.Value)', () => {
        const before = files(loaded).get('troupe_v1.proto');
        expect(before.dependency).toEqual([]);
        const after = files(forReflection(loaded)).get('troupe_v1.proto');
        expect(after.dependency).toEqual(['google_protobuf.proto']);
        expect(files(forReflection(loaded)).get('google_protobuf.proto').dependency).toEqual([]);
    });
    it('names map entry types as protoc does and points the map field at them', () => {
        const descriptor = files(forReflection(loaded)).get('troupe_v1.proto').messageType.find((m) => m.name === 'AgentDescriptor');
        expect(descriptor.nestedType.map((n) => [n.name, n.options?.mapEntry])).toEqual([['LabelsEntry', true]]);
        expect(descriptor.field.find((f) => f.name === 'labels').typeName).toBe('LabelsEntry');
        expect(mapEntryName('labels')).toBe('LabelsEntry');
        expect(mapEntryName('per_capability_stats')).toBe('PerCapabilityStatsEntry');
    });
    it('keeps only the services given, and every message', () => {
        const agentOnly = files(forReflection(loaded, new Set(['troupe.v1.AgentService']))).get('troupe_v1.proto');
        expect(agentOnly.service.map((s) => s.name)).toEqual(['AgentService']);
        expect(agentOnly.messageType.map((m) => m.name)).toContain('SubmitTaskRequest');
        const all = files(forReflection(loaded)).get('troupe_v1.proto');
        expect(all.service.map((s) => s.name).sort()).toEqual(['AgentService', 'OrchestratorService']);
    });
});
//# sourceMappingURL=reflection-descriptors.test.js.map