import { z } from 'zod';
import { countWords } from './sentences.js';
/** Longest script accepted: what voice-forge's `tts.synthesize` takes in one task. */
export const MAX_SCRIPT_CHARS = 20_000;
const text = (max) => z.string().trim().min(1).max(max);
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
export function speakable(draft) {
    return [draft.intro, ...draft.segments.map((s) => s.text), draft.outro].join('\n\n');
}
/**
 * Completes a draft: the text to speak, its length in words and how long it takes to
 * say at `wordsPerMinute`.
 */
export function assembleScript(draft, host, writer, wordsPerMinute) {
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
//# sourceMappingURL=script.js.map