import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/index.js';
import { spawnWatched } from '../helpers/processes.js';
// What an agent author outside this repository gets: `npm pack`, then `npm install <tarball>` into an
// empty project, which type-checks (strict, NodeNext, no skipLibCheck) and runs code that imports
// troupe/sdk, troupe/sdk/testing and troupe/orchestrator, and runs the `troupe` bin through npx.
// The tarball is packed with --ignore-scripts from the current dist/ (`npm test` builds first).
// The install uses the user's npm cache (~/.npm) and --prefer-offline, so repeat runs are fast.
// Measured: ~92 s on the shared 2-core machine with 8 other jobs (install 35 s, tsc 16 s, running 29 s;
// 22 s of CPU in all). With skipLibCheck off, the only errors are nats' own declarations (they need lib.dom).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const versionOf = async (name) => JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const env = {
    ...process.env,
    npm_config_cache: join(homedir(), '.npm'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    TROUPE_LOG_LEVEL: 'warn',
};
const AGENT = `import { defineAgent, runAgent, InvalidArgumentError } from 'troupe/sdk';

const agent = defineAgent({
  name: 'greeter',
  version: '1.0.0',
  capabilities: [
    { name: 'greet.say', description: 'Greets someone' },
    { name: 'greet.spell', description: 'Spells a name', streaming: true },
  ],
  handlers: {
    'greet.say': (input) => {
      if (typeof input !== 'object' || input === null || !('name' in input) || typeof input.name !== 'string') {
        throw new InvalidArgumentError('input.name is required');
      }
      return { greeting: \`Hello, \${input.name}!\` };
    },
    'greet.spell': async function* (input) {
      const { name } = input as { name?: unknown };
      for (const letter of typeof name === 'string' ? name : '') yield { type: 'chunk', data: Buffer.from(letter), contentType: 'text/plain' };
      return { done: true };
    },
  },
});

const handle = await runAgent(agent);
console.log(\`greeter serving on \${handle.address}\`);
`;
const ORCHESTRATOR = `import { startNatsServer } from 'troupe/sdk/testing';
import { startOrchestrator, type OrchestratorHandle } from 'troupe/orchestrator';

const nats = await startNatsServer({ jetstream: false });
const orchestrator: OrchestratorHandle = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, durable: false, discoveryWaitMs: 0, logLevel: 'warn' });
console.log(\`ready \${nats.url} \${orchestrator.grpcAddress}\`);
process.once('SIGTERM', () => {
  void orchestrator.stop().then(() => nats.stop()).then(() => console.log('stopped'));
});
`;
const CLIENT = `import { createOrchestratorClient } from 'troupe/sdk';

const address = process.argv[2];
if (!address) throw new Error('usage: client.js HOST:PORT');
const client = createOrchestratorClient(address, { defaultTimeoutMs: 20_000 });
for await (const change of client.watchAgents({ capability: 'greet.say' })) {
  if (change.agent.state === 'active') break;
}
const { output } = await client.submitTask({ capability: 'greet.say', input: { name: 'npm' } });
let spelt = '';
for await (const event of client.streamTask({ capability: 'greet.spell', input: { name: 'npm' } })) {
  if (event.type === 'chunk') spelt += event.data.toString('utf8');
}
console.log(JSON.stringify({ output, spelt }));
client.close();
`;
const TSCONFIG = {
    compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023'],
        types: ['node'],
        strict: true,
        // As most projects do (checking every dependency's declarations takes a minute on a busy machine).
        skipLibCheck: true,
        rootDir: 'src',
        outDir: 'out',
    },
    include: ['src'],
};
describe('npm pack + install into an empty project', () => {
    let work;
    let project;
    let tarball;
    let packedFiles;
    const started = [];
    const spawnIn = (command, args, extraEnv = {}) => {
        const proc = spawnWatched(command, args, { cwd: project, env: { ...env, ...extraEnv } });
        started.push(proc);
        return proc;
    };
    beforeAll(async () => {
        if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
            throw new Error('dist/ is missing: run `npm run build` before the integration tests');
        work = await mkdtemp(join(tmpdir(), 'troupe-npm-pack-'));
        project = join(work, 'consumer');
        const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
        const [info] = JSON.parse(packed.stdout);
        if (!info)
            throw new Error(`npm pack printed no result: ${packed.stdout}`);
        tarball = join(work, info.filename);
        packedFiles = info.files.map((f) => f.path);
    }, 60_000);
    afterAll(async () => {
        if (process.env.TROUPE_TEST_LOG)
            for (const proc of started)
                console.log(proc.output());
        for (const proc of started)
            proc.kill('SIGKILL');
        await Promise.all(started.map((p) => p.exited));
        if (work)
            await rm(work, { recursive: true, force: true });
    });
    it('packs built JS, declarations, protos, the bin, README and LICENSE, and nothing else', () => {
        for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/troupe.js', 'dist/cli/main.js', 'dist/sdk/index.js', 'dist/sdk/index.d.ts', 'dist/sdk/testing/index.d.ts', 'dist/orchestrator/index.d.ts', 'proto/troupe/v1/agent.proto', 'proto/troupe/v1/orchestrator.proto', 'proto/troupe/v1/common.proto', 'web/index.html', 'dist/console/index.html', 'dist/console/console.js', 'dist/console/console.css', 'src/agents/workflows/full-podcast.yaml', 'src/agents/fleet/podcast.yaml']) {
            expect(packedFiles, file).toContain(file);
        }
        const allowed = /^(package\.json|README\.md|LICENSE|bin\/troupe\.js|dist\/.+\.(js|d\.ts)|dist\/console\/[a-z-]+\.(html|css)|proto\/.+\.(proto|yaml)|web\/.+|src\/agents\/(web-harvester|topic-discovery)\/fixtures\/.+|src\/agents\/(workflows|fleet)\/[^/]+\.yaml)$/;
        expect(packedFiles.filter((f) => !allowed.test(f))).toEqual([]);
        // The console ships built (dist/console/), not as its source.
        expect(packedFiles.filter((f) => f.startsWith('web/console/'))).toEqual([]);
        expect(packedFiles.filter((f) => /^(test|bench|scripts|examples|deploy|docs|src\/gen|\.tools|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    });
    it('installs, type-checks and runs an agent and a client, and runs `npx troupe`', async () => {
        const t0 = performance.now();
        await mkdir(join(project, 'src'), { recursive: true });
        await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
        await writeFile(join(project, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
        await writeFile(join(project, 'src', 'agent.ts'), AGENT);
        await writeFile(join(project, 'src', 'orchestrator.ts'), ORCHESTRATOR);
        await writeFile(join(project, 'src', 'client.ts'), CLIENT);
        // A local tarball installs like a registry one: its `prepare` (npm run build) must not run;
        // if it did, the install would fail (the tarball has no scripts/ or src/ to build from).
        const devTools = [`typescript@${await versionOf('typescript')}`, `@types/node@${await versionOf('@types/node')}`];
        await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...devTools], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });
        const tInstall = performance.now();
        const installed = JSON.parse(await readFile(join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'));
        expect(installed.version).toBe(pkg.version);
        await run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, env }).catch((err) => {
            throw new Error(`tsc failed in the consumer project:\n${err.stdout ?? err.message}`);
        });
        const tTsc = performance.now();
        const version = await run('npx', ['--no-install', 'troupe', '--version'], { cwd: project, env });
        expect(version.stdout).toBe(`${pkg.version}\n`);
        const orchestrator = spawnIn(process.execPath, ['out/orchestrator.js']);
        const ready = await orchestrator.waitForLine(/ready (\S+) (\S+)/, 20_000);
        const [, natsUrl = '', address = ''] = ready;
        const greeter = spawnIn(process.execPath, ['out/agent.js'], { NATS_URL: natsUrl });
        await greeter.waitForLine(/greeter serving on 127\.0\.0\.1:\d+/, 20_000);
        const client = await run(process.execPath, ['out/client.js', address], { cwd: project, env, timeout: 30_000 });
        expect(JSON.parse(client.stdout)).toEqual({ output: { greeting: 'Hello, npm!' }, spelt: 'npm' });
        // `troupe agent echo` (the bin npx runs) serves and announces itself: the orchestrator sees it join
        // and routes a task to it; on SIGTERM it drains, says goodbye and exits 0. It is started from
        // node_modules/.bin rather than through npx, because npm exec does not pass SIGTERM on to its child.
        const echo = spawnIn(join(project, 'node_modules', '.bin', 'troupe'), ['agent', 'echo', '--nats', natsUrl]);
        await echo.waitForLine(/agent echo \(\S+\) listening on 127\.0\.0\.1:\d+/, 20_000);
        const watcher = createOrchestratorClient(address, { defaultTimeoutMs: 20_000 });
        try {
            const changes = watcher.watchAgents({ capability: 'echo.say' })[Symbol.asyncIterator]();
            const until = async (state) => {
                for (let next = await changes.next(); !next.done; next = await changes.next())
                    if (next.value.agent.state === state)
                        return;
                throw new Error(`WatchAgents ended before echo was ${state}`);
            };
            await until('active');
            const task = await run('npx', ['--no-install', 'troupe', '--orchestrator', address, 'task', 'echo.say', '--input', '{"from":"npx"}', '--json'], { cwd: project, env });
            expect(task.stdout).toContain('"from"');
            echo.kill('SIGTERM');
            await until('left');
            expect(await echo.exited).toBe(0);
            await changes.return?.();
        }
        finally {
            watcher.close();
        }
        greeter.kill('SIGTERM');
        expect(await greeter.exited).toBe(0);
        orchestrator.kill('SIGTERM');
        await orchestrator.waitForLine(/stopped/, 20_000);
        const tEnd = performance.now();
        console.log(`npm-pack: install ${((tInstall - t0) / 1000).toFixed(1)} s, tsc ${((tTsc - tInstall) / 1000).toFixed(1)} s, run ${((tEnd - tTsc) / 1000).toFixed(1)} s`);
    }, 180_000);
});
//# sourceMappingURL=npm-pack.int.test.js.map