import { type BrowserContext, type Page } from 'playwright-core';
import type { OrchestratorOptions } from '../../src/orchestrator/options.js';
import { type OrchestratorClient } from '../../src/sdk/client/index.js';
import { type AgentHandle } from '../../src/sdk/index.js';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { type Telemetry } from '../../src/sdk/telemetry/index.js';
import { type TestCluster } from './cluster.js';
/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
export declare const CHROMIUM: string;
/** Where each view's screenshot is kept (git-ignored: `test-artifacts/`). */
export declare const SCREENSHOTS: string;
/** The console's workflows: a DAG with a streamed voice step, one waiting for a person, one that can fail. */
export declare const WORKFLOWS: {
    readonly flow: {
        readonly name: "console-flow";
        readonly steps: readonly [{
            readonly id: "prepare";
            readonly capability: "console.echo";
            readonly input: {
                readonly text: "${input.text}";
            };
        }, {
            readonly id: "speak";
            readonly capability: "tts.synthesize";
            readonly stream: true;
            readonly depends_on: readonly ["prepare"];
            readonly input: {
                readonly text: "${steps.prepare.output.text}";
                readonly voice: "en-us";
            };
        }, {
            readonly id: "count";
            readonly capability: "console.echo";
            readonly depends_on: readonly ["prepare"];
            readonly input: {
                readonly text: "counted";
            };
        }];
        readonly output: {
            readonly audio_ms: "${steps.speak.output.audioMs}";
            readonly counted: "${steps.count.output.text}";
        };
    };
    readonly approve: {
        readonly name: "console-approve";
        readonly steps: readonly [{
            readonly id: "draft";
            readonly capability: "console.echo";
            readonly input: {
                readonly text: "${input.text}";
            };
        }, {
            readonly id: "approve";
            readonly depends_on: readonly ["draft"];
            readonly wait_for_signal: {};
        }, {
            readonly id: "publish";
            readonly capability: "console.echo";
            readonly depends_on: readonly ["approve"];
            readonly input: {
                readonly text: "published";
            };
        }];
    };
    readonly flaky: {
        readonly name: "console-flaky";
        readonly steps: readonly [{
            readonly id: "work";
            readonly capability: "console.flaky";
            readonly input: {
                readonly text: "${input.text}";
            };
        }];
    };
};
/** A real orchestrator (durable, on a real nats-server), real agents and a Chromium, for the console tests. */
export interface ConsoleStack {
    readonly cluster: TestCluster;
    /** The test process's telemetry (with Prometheus metrics when `telemetryEnv` was given). */
    readonly telemetry: Telemetry;
    /** A client of the orchestrator with every scope (the admin token when auth is on). */
    readonly client: OrchestratorClient;
    readonly base: string;
    readonly browser: BrowserContext;
    /** The echo agent's instance (views and runs use it). */
    readonly echo: AgentHandle;
    /** The spans this process finished (the orchestrator's among them). */
    readonly spans: InMemorySpanExporter;
    /** `console.flaky` fails until this is set true. */
    readonly flaky: {
        healthy: boolean;
    };
    /** Opens `/console#<fragment>`; page errors are collected in `errors`. */
    open(fragment: string, token?: string): Promise<{
        page: Page;
        errors: string[];
    }>;
    /** Saves a screenshot of the page as test-artifacts/console/<name>.png. */
    shot(page: Page, name: string): Promise<void>;
    close(): Promise<void>;
}
/**
 * `telemetryEnv`: the OTEL_* environment of the test's telemetry, e.g. `OTEL_EXPORTER_OTLP_ENDPOINT` of a real
 * Jaeger; without it spans are kept in memory and exported nowhere.
 */
export declare function startConsoleStack(options?: Partial<OrchestratorOptions>, adminToken?: string, telemetryEnv?: Record<string, string>): Promise<ConsoleStack>;
