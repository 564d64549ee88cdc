import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { deadlineIn } from '../grpc/agent-clients.js';
import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { statusText } from './calls.js';
import { result } from './types.js';
const VERSIONS = ['v1', 'v1alpha'];
let loaded;
/** Reflection clients, from the protos @grpc/reflection ships. */
function clients() {
    if (loaded)
        return loaded;
    const protoDir = join(dirname(createRequire(import.meta.url).resolve('@grpc/reflection')), '..', 'proto');
    const definition = protoLoader.loadSync(VERSIONS.map((v) => `grpc/reflection/${v}/reflection.proto`), { includeDirs: [protoDir], keepCase: false, longs: String, enums: String, defaults: true, oneofs: true });
    const pkg = grpc.loadPackageDefinition(definition);
    loaded = { v1: pkg.grpc.reflection.v1.ServerReflection, v1alpha: pkg.grpc.reflection.v1alpha.ServerReflection };
    return loaded;
}
/** Sends `requests` on one ServerReflectionInfo stream and collects one response per request. */
function exchange(Ctor, ctx, requests) {
    const client = new Ctor(ctx.clients.address, ctx.clients.credentials, ctx.clients.channelOptions);
    return new Promise((resolve) => {
        const call = client.ServerReflectionInfo({ deadline: deadlineIn(ctx.callTimeoutMs) });
        const responses = [];
        let settled = false;
        const done = (outcome) => {
            if (settled)
                return;
            settled = true;
            resolve(outcome);
            call.cancel();
        };
        call.on('data', (response) => {
            responses.push(response);
            if (responses.length === requests.length)
                done({ ok: true, responses });
        });
        call.on('error', (err) => done({ ok: false, code: err.code, details: err.details }));
        call.on('end', () => done({ ok: false, code: grpc.status.OK, details: `the stream ended after ${responses.length} of ${requests.length} answers` }));
        for (const request of requests)
            call.write(request);
        call.end();
    }).finally(() => client.close());
}
/**
 * Server reflection (optional; grpcurl needs it): lists services including
 * troupe.v1.AgentService and returns the file that defines it. Tries v1, then v1alpha;
 * skipped when the agent serves neither.
 * @internal
 */
export async function reflectionChecks(ctx) {
    const name = 'reflection';
    let Ctors;
    try {
        Ctors = clients();
    }
    catch (err) {
        return [result.skip(name, `cannot load the reflection protos from @grpc/reflection: ${err.message}`)];
    }
    for (const version of VERSIONS) {
        const res = await exchange(Ctors[version], ctx, [{ listServices: '' }, { fileContainingSymbol: AGENT_SERVICE }]);
        if (!res.ok && res.code === grpc.status.UNIMPLEMENTED)
            continue;
        if (!res.ok)
            return [result.fail(name, `grpc.reflection.${version} failed with ${statusText(res.code, res.details)}`)];
        const [list, file] = res.responses;
        const services = list?.listServicesResponse?.service.map((s) => s.name) ?? [];
        if (!services.includes(AGENT_SERVICE)) {
            const why = list?.errorResponse ? `an error: ${list.errorResponse.errorMessage}` : `[${services.join(', ')}]`;
            return [result.fail(name, `list_services (${version}) answered ${why}; it must include ${AGENT_SERVICE}`)];
        }
        const files = file?.fileDescriptorResponse?.fileDescriptorProto ?? [];
        if (files.length === 0 || !files.some((f) => Buffer.from(f).includes('AgentService'))) {
            const why = file?.errorResponse ? `an error: ${file.errorResponse.errorMessage}` : `${files.length} files without it`;
            return [result.fail(name, `file_containing_symbol ${AGENT_SERVICE} (${version}) answered ${why}; serve the descriptors of troupe/v1/*.proto`)];
        }
        return [result.pass(name, `${version}: ${services.length} services, ${AGENT_SERVICE} described`)];
    }
    return [result.skip(name, 'no server reflection (optional; add it so grpcurl can list and call the agent)')];
}
//# sourceMappingURL=reflection-checks.js.map