import type * as protoLoader from '@grpc/proto-loader';
/**
 * Makes proto-loader's descriptors acceptable to strict reflection clients (grpcurl,
 * anything on Go's protodesc). proto-loader (protobufjs) merges the files of a package
 * into one descriptor (`troupe_v1.proto`, `google_protobuf.proto`) and leaves its
 * `dependency` list empty, so `troupe.v1.TaskSpec` fails with "cannot resolve type
 * google.protobuf.Value"; and it names a map field's entry type `Labels` where protoc
 * names it `LabelsEntry`, which Go refuses as "an invalid map". This returns the
 * definition with each file's imports declared (the other files that define a type it
 * references) and map entries named as protoc names them. With `services`, it also
 * drops every other service from the descriptors, so a server can describe only
 * what it serves.
 */
export declare function forReflection(definition: protoLoader.PackageDefinition, services?: ReadonlySet<string>): protoLoader.PackageDefinition;
/** protoc's name for a map field's entry type: `labels` → `LabelsEntry`, `foo_bar` → `FooBarEntry`. */
export declare function mapEntryName(field: string): string;
