import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { runDemo } from '../demo/run-demo.js';
const USAGE = `usage: troupe demo [--topic TOPIC] [--out FILE] [--voice VOICE] [--live [--feeds URLS]] [--verbose]

Runs the podcast generator on this machine: starts nats-server (unless NATS_URL is
set), an orchestrator and the podcast agents as separate processes, registers the
bundled workflows, runs full-podcast (harvest → weave → forge) writing the audio to a
WAV file while it streams in, then landing-snippets, prints the reports and the trace
id, and stops everything. Offline by default (bundled feed and pages).
The narrative is on stderr; stdout gets one JSON line for scripts:
{"podcastRunId","landingRunId","traceId","out","audioMs","firstAudioMs"}.

options:
  --topic TOPIC   what the podcast is about (default: "AI agents")
  --out FILE      where to write the audio (default: out/podcast.wav)
  --voice VOICE   eSpeak NG voice (default: en-us; an unknown voice falls back to tts.basic)
  --live          let the agents fetch real feeds and pages (TROUPE_LIVE_FETCH=1)
  --feeds URLS    comma-separated feed URLs for topic discovery (with --live)
  --verbose       show the children's logs
`;
/** `troupe demo`: the end-to-end demonstration. */
export const command = {
    name: 'demo',
    summary: 'Run the podcast generator end to end: NATS, orchestrator, agents, audio streamed to a WAV file',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            out: { type: 'string' },
            topic: { type: 'string' },
            voice: { type: 'string' },
            live: { type: 'boolean' },
            feeds: { type: 'string' },
            verbose: { type: 'boolean' },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        if (values.topic?.trim() === '')
            throw new UsageError('--topic must not be empty');
        if (values.feeds && !values.live)
            throw new UsageError('--feeds needs --live (the agents only fetch when allowed to)');
        await runDemo({
            out: values.out ?? 'out/podcast.wav',
            topic: values.topic ?? 'AI agents',
            voice: values.voice ?? 'en-us',
            verbose: values.verbose ?? false,
            live: values.live ?? false,
            feeds: values.feeds,
        }, ctx, (address) => ctx.connect(address));
        return ExitCode.OK;
    },
};
//# sourceMappingURL=demo.js.map