import type { OrchestratorClient } from '../../sdk/client/index.js';
import type { CliContext } from '../context.js';
export interface DemoOptions {
    out: string;
    topic: string;
    voice: string;
    verbose: boolean;
    /** Let agents fetch real feeds and pages. */
    live: boolean;
    /** Feed URLs for topic discovery (with live). */
    feeds: string | undefined;
}
/**
 * The demo: NATS (started here unless NATS_URL is set), an orchestrator and the
 * podcast agents as separate processes; registers the bundled workflows, runs
 * `full-podcast` with its audio written to a WAV file as it streams in, then a
 * `landing-snippets` run, prints both reports and the trace id, and stops everything.
 * The narrative goes to stderr; stdout gets one JSON line with what a script needs:
 * `{"podcastRunId","landingRunId","traceId","out","audioMs","firstAudioMs"}`.
 */
export declare function runDemo(options: DemoOptions, ctx: CliContext, connect: (address: string) => OrchestratorClient): Promise<void>;
