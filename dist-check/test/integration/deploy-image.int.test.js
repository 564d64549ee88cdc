// deploy/docker/Dockerfile without a Docker engine: hadolint (the real linter, installed by
// scripts/ensure-hadolint.sh) finds nothing, and the build context that .dockerignore lets through
// holds every COPY source, what the image reads at run time, and nothing secret-looking. The
// final stage runs as a non-root user with a HEALTHCHECK and the `troupe` entrypoint.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildContextFiles, dockerignoreMatcher, parseDockerfile, secretLooking } from '../helpers/docker-context.js';
import { issueCert, makeCa } from '../helpers/certs.js';
import { TOOLS_BIN } from '../helpers/tools.js';
const ROOT = resolve(import.meta.dirname, '../..');
const DOCKERFILE = join(ROOT, 'deploy/docker/Dockerfile');
const IGNORE = readFileSync(join(ROOT, '.dockerignore'), 'utf8');
const run = promisify(execFile);
function hadolint() {
    const path = join(TOOLS_BIN, 'hadolint');
    if (!existsSync(path))
        throw new Error(`hadolint is not installed in ${TOOLS_BIN}: run \`bash scripts/ensure-hadolint.sh\``);
    return path;
}
const dockerfile = parseDockerfile(readFileSync(DOCKERFILE, 'utf8'));
const context = buildContextFiles(ROOT, IGNORE);
const final = dockerfile.stages[dockerfile.stages.length - 1];
if (!final)
    throw new Error('the Dockerfile has no stage');
const inFinal = (keyword) => final.instructions.filter((i) => i.keyword === keyword);
/** True when `source` (a COPY source, maybe a folder) names at least one file of the context. */
function inContext(source) {
    const s = source.replace(/^\.\//, '').replace(/\/+$/, '');
    return s === '.' || context.some((f) => f === s || f.startsWith(`${s}/`));
}
describe('deploy/docker/Dockerfile', () => {
    it('passes hadolint with no finding', async () => {
        const { stdout } = await run(hadolint(), ['--no-color', DOCKERFILE]).catch((err) => {
            throw new Error(`hadolint findings:\n${err.stdout ?? err.message}`, { cause: err });
        });
        expect(stdout).toBe('');
    });
    it('is multi-stage, every stage on the pinned Node 20 slim image (a tag, not latest)', () => {
        expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
        const arg = dockerfile.args.find((a) => a.args[0]?.startsWith('NODE_IMAGE='));
        expect(arg?.args[0]).toMatch(/^NODE_IMAGE=node:20\.\d+\.\d+-(bookworm-)?slim$/);
        for (const stage of dockerfile.stages)
            expect(stage.from).toBe('${NODE_IMAGE}');
        const build = dockerfile.stages[0];
        const runs = build?.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.raw).join('\n') ?? '';
        expect(runs).toMatch(/npm ci\b/);
        expect(runs).toMatch(/npm run build\b/);
        expect(runs).toMatch(/npm prune --omit=dev\b/);
    });
    it('copies only sources that the filtered build context holds, and only from stages that exist', () => {
        const names = new Set(dockerfile.stages.map((s) => s.name).filter(Boolean));
        const copies = dockerfile.stages.flatMap((s) => s.instructions).filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
        expect(copies.length).toBeGreaterThan(5);
        for (const copy of copies) {
            expect(copy.keyword, 'use COPY, not ADD').toBe('COPY');
            const sources = copy.args.slice(0, -1);
            if (copy.flags.from !== undefined) {
                expect(names, `COPY --from=${copy.flags.from}`).toContain(copy.flags.from);
                continue;
            }
            for (const source of sources)
                expect(inContext(source), `COPY ${source}: not in the build context after .dockerignore`).toBe(true);
        }
    });
    it('sends what the image reads at run time: protos, web page, bundled workflows and fixtures, the healthcheck', () => {
        for (const needed of ['package-lock.json', 'bin/troupe.js', 'proto/troupe/v1/agent.proto', 'web/index.html', 'deploy/docker/healthcheck.mjs']) {
            expect(context).toContain(needed);
        }
        expect(context.some((f) => /^src\/agents\/workflows\/.+\.yaml$/.test(f))).toBe(true);
        expect(context.some((f) => f.startsWith('src/agents/web-harvester/fixtures/'))).toBe(true);
    });
    it('sends nothing secret-looking and no local state (the files in the working tree now)', () => {
        const found = context.map((f) => [f, secretLooking(ROOT, f)]).filter(([, why]) => why !== undefined);
        expect(found).toEqual([]);
        expect(context.filter((f) => /^(node_modules|\.git|\.tools|dist|reports|out|coverage)\//.test(f) || f.startsWith('src/gen/'))).toEqual([]);
    });
    it('would keep out secrets and local state that someone adds later, anywhere', () => {
        const ig = dockerignoreMatcher(IGNORE);
        const attempts = [
            '.env', '.env.production', 'src/.env', 'server.key', 'src/agents/echo/leak.pem', 'certs/ca.crt', 'deploy/compose/secrets/orchestrator.key',
            'secrets/api-tokens.jsonl', 'nats.creds', 'src/agents/seed.nk', 'admin.token', 'id_rsa', 'node_modules/nats/index.js', '.git/config',
            '.tools/bin/helm', 'reports/bench.json', 'out/podcast.wav', 'dist/cli/main.js', 'src/gen/troupe/v1/TaskSpec.ts', 'npm-debug.log',
            'deploy/helm/troupe/values.yaml', 'test/unit/x.test.ts', 'bench/run.mjs',
        ];
        expect(attempts.filter((p) => !ig.ignores(p))).toEqual([]);
    });
    it('runs the final stage as a numeric non-root user, with a HEALTHCHECK and the troupe entrypoint', () => {
        const user = inFinal('USER').at(-1)?.args[0] ?? 'root';
        expect(user).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
        const [healthcheck] = inFinal('HEALTHCHECK');
        expect(healthcheck?.raw).toMatch(/CMD \["node", "\/app\/deploy\/docker\/healthcheck\.mjs"\]/);
        expect(inFinal('ENTRYPOINT').at(-1)?.args).toEqual(['node', '/app/bin/troupe.js']);
        // Copied into the final stage: no source tree with tests or dev tooling, only the build's output.
        expect(inFinal('COPY').filter((c) => c.flags.from === undefined).map((c) => c.args[0])).toEqual(['deploy/docker/healthcheck.mjs']);
    });
});
describe('deploy/docker/healthcheck.mjs', () => {
    const HEALTHCHECK = join(ROOT, 'deploy/docker/healthcheck.mjs');
    const check = (env) => run(process.execPath, [HEALTHCHECK], { env: { PATH: process.env.PATH ?? '', TROUPE_HEALTHCHECK_TIMEOUT_MS: '2000', ...env } }).then(() => 0, (err) => err.code ?? -1);
    const listen = async (server) => {
        await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
        return server.address().port;
    };
    it("is healthy when the orchestrator's /healthz answers 200, unhealthy otherwise", async () => {
        let status = 200;
        const http = createHttpServer((req, res) => res.writeHead(req.url === '/healthz' ? status : 404).end());
        const port = await listen(http);
        try {
            expect(await check({ TROUPE_HTTP_PORT: String(port) })).toBe(0);
            status = 503;
            expect(await check({ TROUPE_HTTP_PORT: String(port) })).toBe(1);
            expect(await check({ TROUPE_HEALTHCHECK: `http://127.0.0.1:${port}/nothing` })).toBe(1);
        }
        finally {
            http.close();
        }
    });
    it('asks https:// when the orchestrator serves HTTPS (TROUPE_TLS_CERT set, TROUPE_HTTP_TLS not false)', async () => {
        // A certificate that does not name 127.0.0.1, from a CA the check does not know: a loopback liveness check still passes.
        const cert = await issueCert({ ca: await makeCa(), cn: 'orchestrator', sans: { dns: ['orchestrator'] }, usage: 'server' });
        let status = 200;
        const https = createHttpsServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => res.writeHead(req.url === '/healthz' ? status : 404).end());
        const port = await listen(https);
        try {
            expect(await check({ TROUPE_HTTP_PORT: String(port), TROUPE_TLS_CERT: '/run/secrets/api.crt' })).toBe(0);
            status = 503;
            expect(await check({ TROUPE_HTTP_PORT: String(port), TROUPE_TLS_CERT: '/run/secrets/api.crt' })).toBe(1);
            status = 200;
            // HTTPS turned off: the check asks http://, which this TLS port does not answer.
            expect(await check({ TROUPE_HTTP_PORT: String(port), TROUPE_TLS_CERT: '/run/secrets/api.crt', TROUPE_HTTP_TLS: 'false' })).toBe(1);
        }
        finally {
            https.close();
        }
    });
    it('checks an agent by connecting to TROUPE_AGENT_PORT; "none" is always healthy; a bad mode is not', async () => {
        const tcp = createTcpServer((socket) => socket.destroy());
        const port = await listen(tcp);
        expect(await check({ TROUPE_AGENT_PORT: String(port) })).toBe(0);
        await new Promise((ok) => tcp.close(ok));
        expect(await check({ TROUPE_AGENT_PORT: String(port) })).toBe(1);
        expect(await check({ TROUPE_HEALTHCHECK: 'none' })).toBe(0);
        expect(await check({ TROUPE_HEALTHCHECK: 'grpc' })).toBe(1);
    });
});
//# sourceMappingURL=deploy-image.int.test.js.map