import { createRequire } from 'node:module';
/** The protobufjs copy @grpc/proto-loader itself uses (not a dependency of ours). */
function descriptorCodec() {
    const here = createRequire(import.meta.url);
    return createRequire(here.resolve('@grpc/proto-loader'))('protobufjs/ext/descriptor');
}
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
export function forReflection(definition, services) {
    const codec = descriptorCodec();
    const files = new Map();
    for (const value of Object.values(definition)) {
        const protos = value.fileDescriptorProtos;
        if (!Array.isArray(protos))
            continue;
        for (const bytes of protos) {
            const file = codec.FileDescriptorProto.decode(bytes);
            if (!file.name || files.has(file.name))
                continue;
            renameMapEntries(file.messageType ?? []);
            if (services)
                file.service = (file.service ?? []).filter((svc) => services.has(file.package ? `${file.package}.${svc.name ?? ''}` : (svc.name ?? '')));
            files.set(file.name, file);
        }
    }
    const owner = new Map();
    for (const [name, file] of files)
        indexTypes(owner, name, file.package ?? '', file.messageType ?? [], file.enumType ?? []);
    const encoded = [];
    for (const [name, file] of files) {
        const deps = new Set(file.dependency ?? []);
        for (const { scope, ref } of references(file)) {
            const found = resolve(owner, scope, ref);
            if (found && found !== name)
                deps.add(found);
        }
        file.dependency = [...deps].sort();
        encoded.push(Buffer.from(codec.FileDescriptorProto.encode(file).finish()));
    }
    const patched = {};
    for (const [key, value] of Object.entries(definition)) {
        patched[key] = 'fileDescriptorProtos' in value ? { ...value, fileDescriptorProtos: encoded } : value;
    }
    return patched;
}
/** protoc's name for a map field's entry type: `labels` → `LabelsEntry`, `foo_bar` → `FooBarEntry`. */
export function mapEntryName(field) {
    return `${field.replace(/_+([a-z])/g, (_, c) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase())}Entry`;
}
function renameMapEntries(messages) {
    for (const m of messages) {
        const nested = m.nestedType ?? [];
        for (const f of m.field ?? []) {
            const entry = nested.find((n) => n.options?.mapEntry && n.name && (f.typeName === n.name || f.typeName?.endsWith(`.${n.name}`)));
            if (!entry || !f.name)
                continue;
            entry.name = mapEntryName(f.name);
            f.typeName = entry.name;
        }
        renameMapEntries(nested);
    }
}
function indexTypes(owner, fileName, scope, messages, enums) {
    const full = (n) => (scope ? `${scope}.${n}` : n);
    for (const e of enums)
        if (e.name)
            owner.set(full(e.name), fileName);
    for (const m of messages) {
        if (!m.name)
            continue;
        owner.set(full(m.name), fileName);
        indexTypes(owner, fileName, full(m.name), m.nestedType ?? [], m.enumType ?? []);
    }
}
/** Every type name the file refers to, with the scope it is resolved in. */
function* references(file) {
    const pkg = file.package ?? '';
    for (const ext of file.extension ?? [])
        if (ext.typeName)
            yield { scope: pkg, ref: ext.typeName };
    for (const service of file.service ?? []) {
        for (const method of service.method ?? []) {
            if (method.inputType)
                yield { scope: pkg, ref: method.inputType };
            if (method.outputType)
                yield { scope: pkg, ref: method.outputType };
        }
    }
    const walk = function* (scope, messages) {
        for (const m of messages) {
            const inner = scope ? `${scope}.${m.name ?? ''}` : (m.name ?? '');
            for (const f of [...(m.field ?? []), ...(m.extension ?? [])])
                if (f.typeName)
                    yield { scope: inner, ref: f.typeName };
            yield* walk(inner, m.nestedType ?? []);
        }
    };
    yield* walk(pkg, file.messageType ?? []);
}
/** Protobuf name resolution: `.a.b.C` is absolute; `b.C` is tried in the scope, then each enclosing one. */
function resolve(owner, scope, ref) {
    if (ref.startsWith('.'))
        return owner.get(ref.slice(1));
    for (let s = scope; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : '') {
        const found = owner.get(`${s}.${ref}`);
        if (found)
            return found;
    }
    return owner.get(ref);
}
//# sourceMappingURL=reflection-imports.js.map