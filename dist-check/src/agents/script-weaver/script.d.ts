import { z } from 'zod';
import type { Host } from './host.js';
/** A script before it is assembled: what a writer (extractive or a model) produces. */
export interface ScriptDraft {
    title: string;
    intro: string;
    segments: {
        heading: string;
        text: string;
    }[];
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
export declare const MAX_SCRIPT_CHARS = 20000;
/** The JSON a language model must reply with; anything else is refused. */
export declare const draftSchema: z.ZodObject<{
    title: z.ZodString;
    intro: z.ZodString;
    segments: z.ZodArray<z.ZodObject<{
        heading: z.ZodString;
        text: z.ZodString;
    }, z.core.$strip>>;
    outro: z.ZodString;
}, z.core.$strip>;
/** Joins a draft's parts into the text to speak. */
export declare function speakable(draft: ScriptDraft): string;
/**
 * Completes a draft: the text to speak, its length in words and how long it takes to
 * say at `wordsPerMinute`.
 */
export declare function assembleScript(draft: ScriptDraft, host: Host, writer: Writer, wordsPerMinute: number): Script;
