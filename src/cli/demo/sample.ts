/** The script the demo speaks when no --text is given (until the podcast workflow writes one). */
export const SAMPLE_SCRIPT = [
  'Welcome to the Troupe demo podcast.',
  'Everything you are hearing was synthesised by the voice forge agent, one sentence at a time, and streamed to this file while it was being made.',
  'The orchestrator found the agent through NATS, chose it from the registry, and relayed every audio chunk over gRPC.',
  'Each chunk carries its trace context, so the whole journey shows up as a single trace.',
  'Thanks for listening.',
].join(' ');
