import { parseCommandArgs } from '../args.js';
import { ExitCode, type Command } from '../context.js';
import { UsageError } from '../errors.js';
import { runDemo } from '../demo/run-demo.js';
import { SAMPLE_SCRIPT } from '../demo/sample.js';

const USAGE = `usage: troupe demo [--out FILE] [--text TEXT] [--voice VOICE] [--verbose]

Runs the whole system on this machine: starts nats-server (unless NATS_URL is
set), an orchestrator and the echo and voice-forge agents as separate processes,
runs a unary task, then streams synthesised speech into a WAV file while it is
being made, prints the trace id, and stops everything.

options:
  --out FILE      where to write the audio (default: out/demo.wav)
  --text TEXT     what to say (default: a short script about Troupe)
  --voice VOICE   eSpeak NG voice (default: en-us)
  --verbose       show the children's logs
`;

/** `troupe demo`: the end-to-end demonstration. */
export const command: Command = {
  name: 'demo',
  summary: 'Start NATS, an orchestrator and agents, and stream synthesised speech to a WAV file',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      text: { type: 'string' },
      voice: { type: 'string' },
      verbose: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.text !== undefined && values.text.trim() === '') throw new UsageError('--text must not be empty');
    await runDemo(
      { out: values.out ?? 'out/demo.wav', text: values.text ?? SAMPLE_SCRIPT, voice: values.voice ?? 'en-us', verbose: values.verbose ?? false },
      ctx,
      (address) => ctx.connect(address),
    );
    return ExitCode.OK;
  },
};
