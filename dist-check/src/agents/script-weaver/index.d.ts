import { type AgentDefinition } from '../../sdk/index.js';
/** Options of {@link createScriptWeaver}. */
export interface ScriptWeaverOptions {
    /**
     * Environment holding `TROUPE_LLM_URL`, `TROUPE_LLM_MODEL` and `TROUPE_LLM_API_KEY`;
     * with no `TROUPE_LLM_URL` every script is extractive. Read when the first task runs.
     * @default process.env
     */
    env?: Readonly<Record<string, string | undefined>>;
    /** Speaking rate used for the word budget and `estimatedSeconds`. @default 150 */
    wordsPerMinute?: number;
    /** Time budget of one model request. @default 60000 */
    llmTimeoutMs?: number;
    /** Most characters of source text sent to the model. @default 24000 */
    maxSourceChars?: number;
}
/**
 * Builds the script-weaver agent: `script.weave` turns a topic and source text into a
 * structured, speakable podcast script — from an OpenAI-compatible chat endpoint when
 * `TROUPE_LLM_URL` is set (JSON mode, reply validated; falls back to the extractive
 * writer with a warning when the reply is unusable), otherwise from a deterministic
 * extractive writer.
 *
 * @example
 * await runAgent(createScriptWeaver({ env: { TROUPE_LLM_URL: 'http://127.0.0.1:8080/v1' } }));
 */
export declare function createScriptWeaver(options?: ScriptWeaverOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;
