import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createVoiceForge } from '../../src/agents/voice-forge/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, InvalidArgumentError } from '../../src/sdk/index.js';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { startCluster } from './cluster.js';
/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
export const CHROMIUM = process.env.TROUPE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where each view's screenshot is kept (git-ignored: `test-artifacts/`). */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'console');
/** The console's workflows: a DAG with a streamed voice step, one waiting for a person, one that can fail. */
export const WORKFLOWS = {
    flow: {
        name: 'console-flow',
        steps: [
            { id: 'prepare', capability: 'console.echo', input: { text: '${input.text}' } },
            { id: 'speak', capability: 'tts.synthesize', stream: true, depends_on: ['prepare'], input: { text: '${steps.prepare.output.text}', voice: 'en-us' } },
            { id: 'count', capability: 'console.echo', depends_on: ['prepare'], input: { text: 'counted' } },
        ],
        output: { audio_ms: '${steps.speak.output.audioMs}', counted: '${steps.count.output.text}' },
    },
    approve: {
        name: 'console-approve',
        steps: [
            { id: 'draft', capability: 'console.echo', input: { text: '${input.text}' } },
            { id: 'approve', depends_on: ['draft'], wait_for_signal: {} },
            { id: 'publish', capability: 'console.echo', depends_on: ['approve'], input: { text: 'published' } },
        ],
    },
    flaky: {
        name: 'console-flaky',
        steps: [{ id: 'work', capability: 'console.flaky', input: { text: '${input.text}' } }],
    },
};
/**
 * `telemetryEnv`: the OTEL_* environment of the test's telemetry, e.g. `OTEL_EXPORTER_OTLP_ENDPOINT` of a real
 * Jaeger; without it spans are kept in memory and exported nowhere.
 */
export async function startConsoleStack(options = {}, adminToken, telemetryEnv) {
    if (!existsSync(CHROMIUM))
        throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set TROUPE_CHROMIUM)`);
    // The console is served from the bundle `npm run build` makes; build it here too, so a test run alone sees the current source.
    const { buildConsole } = (await import(join(import.meta.dirname, '..', '..', 'scripts', 'build-console.mjs')));
    await buildConsole();
    await mkdir(SCREENSHOTS, { recursive: true });
    const dir = await mkdtemp(join(tmpdir(), 'troupe-console-'));
    const flaky = { healthy: false };
    // Runs get real trace ids (kept in memory, exported nowhere), so the console links them to Jaeger.
    const spans = new InMemorySpanExporter();
    const telemetry = telemetryEnv
        ? await startTelemetry({ serviceName: 'console-test', env: telemetryEnv, prometheus: true, spanProcessors: [new SimpleSpanProcessor(spans)] })
        : await startTelemetry({ serviceName: 'console-test', env: {}, spanProcessors: [new SimpleSpanProcessor(spans)] });
    const [cluster, browser] = await Promise.all([
        startCluster({ jaegerUiUrl: 'http://jaeger.invalid:16686', ...options }),
        chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 1000 } }),
    ]);
    const echo = await cluster.startAgent(defineAgent({ name: 'console-echo', version: '1.0.0', capabilities: [{ name: 'console.echo' }], handlers: { 'console.echo': (input) => input } }));
    const flakyAgent = await cluster.startAgent(defineAgent({
        name: 'console-flaky',
        version: '1.0.0',
        capabilities: [{ name: 'console.flaky' }],
        handlers: {
            'console.flaky': (input) => {
                if (!flaky.healthy)
                    throw new InvalidArgumentError('the flaky service is not ready yet');
                return { done: input };
            },
        },
    }));
    const voice = await cluster.startAgent(createVoiceForge());
    await Promise.all([echo, flakyAgent, voice].map((a) => cluster.waitActive(a.instanceId, 20_000)));
    const client = adminToken ? createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: adminToken }) : cluster.client;
    for (const w of Object.values(WORKFLOWS))
        await client.registerWorkflow(JSON.stringify(w));
    const base = `http://${cluster.orchestrator.httpAddress}`;
    return {
        cluster,
        telemetry,
        client,
        base,
        browser,
        echo,
        flaky,
        spans,
        async open(fragment, token) {
            const page = await browser.newPage();
            const errors = [];
            page.on('pageerror', (err) => errors.push(err.message));
            await page.goto(`${base}/console${token ? `#token=${token}` : ''}`);
            if (token)
                await page.waitForURL(/#\/agents$/);
            await page.evaluate(`location.hash = ${JSON.stringify(fragment)}`);
            return { page, errors };
        },
        async shot(page, name) {
            await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
        },
        async close() {
            await browser.close();
            if (client !== cluster.client)
                client.close();
            await cluster.close();
            try {
                await telemetry.shutdown();
            }
            finally {
                await rm(dir, { recursive: true, force: true });
            }
        },
    };
}
//# sourceMappingURL=console-stack.js.map