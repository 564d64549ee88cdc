import type { TaskContext } from '../../sdk/index.js';
import type { HostStyle } from './host.js';
import type { WeaveRequest } from './input.js';
import { type ScriptDraft } from './script.js';
/** Where and how to reach an OpenAI-compatible chat-completions endpoint. */
export interface LlmConfig {
    /** The full chat-completions URL, e.g. `http://127.0.0.1:8080/v1/chat/completions`. */
    url: string;
    model: string;
    apiKey?: string;
    /** Time budget of one request. */
    timeoutMs: number;
    /** Most characters of source text sent; the rest is cut. */
    maxSourceChars: number;
}
/** Model requested when `TROUPE_LLM_MODEL` is not set. */
export declare const DEFAULT_LLM_MODEL = "gpt-4o-mini";
/** Attribute names of the model call span (OpenTelemetry GenAI semantic conventions). */
export declare const LLM_ATTR: {
    readonly OPERATION: "gen_ai.operation.name";
    readonly REQUEST_MODEL: "gen_ai.request.model";
    readonly RESPONSE_MODEL: "gen_ai.response.model";
    readonly INPUT_TOKENS: "gen_ai.usage.input_tokens";
    readonly OUTPUT_TOKENS: "gen_ai.usage.output_tokens";
    readonly SERVER_ADDRESS: "server.address";
    readonly SERVER_PORT: "server.port";
};
/** The model could not be asked, or its reply was not a usable script. */
export declare class LlmReplyError extends Error {
    readonly name = "LlmReplyError";
}
/**
 * The LLM settings from the environment: `TROUPE_LLM_URL` (a base such as
 * `http://host:8080/v1`, to which `/chat/completions` is added, or the full URL),
 * `TROUPE_LLM_MODEL` and `TROUPE_LLM_API_KEY`. Undefined when no URL is set.
 * Throws a TypeError naming `TROUPE_LLM_URL` when it is not an http(s) URL.
 */
export declare function llmConfigFromEnv(env: Readonly<Record<string, string | undefined>>, defaults: {
    timeoutMs: number;
    maxSourceChars: number;
}): LlmConfig | undefined;
/** The chat messages asking for a script as one JSON object. */
export declare function buildMessages(request: WeaveRequest, host: HostStyle, targetWords: number, maxSourceChars: number): {
    role: string;
    content: string;
}[];
/**
 * Asks the model for a script in one `chat <model>` CLIENT span and validates the
 * reply against `draftSchema`. Throws LlmReplyError for anything unusable: a
 * transport failure, a non-2xx status, a reply that is not JSON of the right shape.
 */
export declare function writeWithLlm(request: WeaveRequest, host: HostStyle, targetWords: number, config: LlmConfig, ctx: TaskContext): Promise<ScriptDraft>;
