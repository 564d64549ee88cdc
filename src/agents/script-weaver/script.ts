import { z } from 'zod';
import type { Host } from './host.js';
import { countWords } from './sentences.js';

/** A script before it is assembled: what a writer (extractive or a model) produces. */
export interface ScriptDraft {
  title: string;
  intro: string;
  segments: { heading: string; text: string }[];
  outro: string;
}

/** Who wrote a script. */
export type Writer = 'llm' | 'extractive';

/** The output of `script.weave`. */
export interface Script extends ScriptDraft {
  host: Host;
  /** The full text to speak: intro, segments and outro, separated by blank lines. */
  script: string;
  words: number;
  /** At the agent's words-per-minute rate. */
  estimatedSeconds: number;
  writer: Writer;
}

/** Longest script accepted: what voice-forge's `tts.synthesize` takes in one task. */
export const MAX_SCRIPT_CHARS = 20_000;

const text = (max: number) => z.string().trim().min(1).max(max);

/** The JSON a language model must reply with; anything else is refused. */
export const draftSchema = z
  .object({
    title: text(200),
    intro: text(3000),
    segments: z.array(z.object({ heading: text(200), text: text(6000) })).min(1).max(10),
    outro: text(3000),
  })
  .refine((d) => speakable(d).length <= MAX_SCRIPT_CHARS, { error: `the script must be at most ${MAX_SCRIPT_CHARS} characters` });

/** Joins a draft's parts into the text to speak. */
export function speakable(draft: ScriptDraft): string {
  return [draft.intro, ...draft.segments.map((s) => s.text), draft.outro].join('\n\n');
}

/**
 * Completes a draft: the text to speak, its length in words and how long it takes to
 * say at `wordsPerMinute`.
 */
export function assembleScript(draft: ScriptDraft, host: Host, writer: Writer, wordsPerMinute: number): Script {
  const script = speakable(draft);
  const words = countWords(script);
  return {
    title: draft.title,
    host: { name: host.name, persona: host.persona },
    intro: draft.intro,
    segments: draft.segments.map((s) => ({ heading: s.heading, text: s.text })),
    outro: draft.outro,
    script,
    words,
    estimatedSeconds: Math.round((words / wordsPerMinute) * 60),
    writer,
  };
}
