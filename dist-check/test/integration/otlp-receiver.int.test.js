import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD = join(ROOT, 'test', 'fixtures', 'telemetry-child.mjs');
let buildDir;
let telemetryModule;
let receiver;
/**
 * Compiles just src/sdk/telemetry (and what it imports) for plain Node ESM into a
 * temp dir that sees the repo's node_modules, so the child runs real emitted JS
 * without depending on a full `npm run build`.
 */
async function buildTelemetry() {
    buildDir = await mkdtemp(join(tmpdir(), 'troupe-telemetry-build-'));
    await symlink(join(ROOT, 'node_modules'), join(buildDir, 'node_modules'), 'dir');
    await writeFile(join(buildDir, 'package.json'), '{ "type": "module" }\n');
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // prettier-ignore
    await run(process.execPath, [
        tsc, '--outDir', join(buildDir, 'dist'), '--rootDir', 'src',
        '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--lib', 'ES2023', '--types', 'node',
        '--strict', '--noUncheckedIndexedAccess', '--verbatimModuleSyntax', '--esModuleInterop', '--skipLibCheck',
        'src/sdk/telemetry/index.ts',
    ], { cwd: ROOT });
    return pathToFileURL(join(buildDir, 'dist', 'sdk', 'telemetry', 'index.js')).href;
}
beforeAll(async () => {
    [telemetryModule, receiver] = await Promise.all([buildTelemetry(), startOtlpReceiver()]);
}, 120_000);
afterAll(async () => {
    await receiver?.close();
    if (buildDir)
        await rm(buildDir, { recursive: true, force: true });
});
/** Runs the child with a clean OTEL environment plus `otel`; returns its stdout lines. */
async function runChild(serviceName, otel) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OTEL_')));
    const { stdout } = await run(process.execPath, [CHILD], {
        env: { ...env, ...otel, TROUPE_TELEMETRY_MODULE: telemetryModule, CHILD_SERVICE_NAME: serviceName },
        timeout: 30_000,
    });
    return stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
}
describe('telemetry in a child process → OTLP receiver', () => {
    const cases = [
        { protocol: 'http/protobuf', contentType: 'application/x-protobuf' },
        { protocol: 'http/json', contentType: 'application/json' },
        { protocol: 'grpc', contentType: 'application/grpc' },
    ];
    for (const { protocol, contentType } of cases) {
        it(`exports the span with its service name over ${protocol} and flushes on shutdown`, async () => {
            const serviceName = `child-${protocol.replace('/', '-')}`;
            const endpoint = protocol === 'grpc' ? receiver.grpcEndpoint : receiver.endpoint;
            const logs = await runChild(serviceName, { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: protocol });
            const spans = await receiver.waitForSpans((all) => all.some((s) => s.serviceName === serviceName), { timeoutMs: 10_000 });
            const span = spans.find((s) => s.serviceName === serviceName);
            expect(span).toMatchObject({
                name: 'troupe.task',
                kind: 'INTERNAL',
                parentSpanId: '',
                scope: 'troupe',
                attributes: { 'troupe.task.id': 'task-1', 'troupe.attempt': 1 },
                events: [{ name: 'halfway', attributes: { 'troupe.chunk.sequence': 1 } }],
                status: { code: 'UNSET' },
            });
            expect(span?.traceId).toMatch(/^[0-9a-f]{32}$/);
            expect(span?.resource['service.version']).toBe('9.9.9');
            expect(span.endNs >= span.startNs).toBe(true);
            expect(receiver.requests().some((r) => r.contentType === contentType && r.spans > 0)).toBe(true);
            // The log line written inside the span carries its ids.
            const line = logs.find((l) => l.msg === 'task running');
            expect(line).toMatchObject({ service: serviceName, task_id: 'task-1', trace_id: span?.traceId, span_id: span?.spanId });
        });
    }
    it('exports nothing when the child has no OTEL configuration', async () => {
        const before = receiver.requests().length;
        const logs = await runChild('child-quiet', {});
        expect(logs.find((l) => l.msg === 'task running')).toHaveProperty('trace_id');
        expect(receiver.requests().length).toBe(before);
        expect(receiver.spans().some((s) => s.serviceName === 'child-quiet')).toBe(false);
    });
});
//# sourceMappingURL=otlp-receiver.int.test.js.map