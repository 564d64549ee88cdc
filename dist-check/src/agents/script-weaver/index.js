import { defineAgent, FailedPreconditionError, taskResult } from '../../sdk/index.js';
import { writeExtractive } from './extractive.js';
import { hostStyle } from './host.js';
import { parseWeaveInput } from './input.js';
import { llmConfigFromEnv, LlmReplyError, writeWithLlm } from './llm.js';
import { assembleScript } from './script.js';
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
export function createScriptWeaver(options = {}) {
    const wordsPerMinute = options.wordsPerMinute ?? 150;
    if (!Number.isFinite(wordsPerMinute) || wordsPerMinute < 60 || wordsPerMinute > 400) {
        throw new RangeError(`wordsPerMinute must be a number from 60 to 400; got ${options.wordsPerMinute}`);
    }
    const timeoutMs = options.llmTimeoutMs ?? 60_000;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
        throw new RangeError(`llmTimeoutMs must be a positive integer; got ${options.llmTimeoutMs}`);
    const maxSourceChars = options.maxSourceChars ?? 24_000;
    if (!Number.isInteger(maxSourceChars) || maxSourceChars < 100)
        throw new RangeError(`maxSourceChars must be an integer of at least 100; got ${options.maxSourceChars}`);
    // The environment is read on the first task, not here: the module's default export
    // calls this factory at import time.
    let llm;
    const llmOnce = () => {
        if (!llm) {
            try {
                llm = { config: llmConfigFromEnv(options.env ?? process.env, { timeoutMs, maxSourceChars }) };
            }
            catch (err) {
                throw new FailedPreconditionError(`the agent is misconfigured: ${err.message}`);
            }
        }
        return llm.config;
    };
    return defineAgent({
        name: 'script-weaver',
        version: '1.0.0',
        description: 'Podcast scripts from source text: an OpenAI-compatible model when configured, else a deterministic extractive writer',
        maxConcurrency: 8,
        capabilities: [
            {
                name: 'script.weave',
                description: 'Script of {topic, text, host?, minutes?} (or of the harvester\'s {pages, text}): {title, host, intro, segments, outro, script, words, estimatedSeconds, writer}',
                inputTypes: ['pages'],
                outputTypes: ['script'],
            },
        ],
        handlers: {
            'script.weave': async (input, ctx) => {
                const request = parseWeaveInput(input);
                const host = hostStyle(request.host);
                const targetWords = Math.round(request.minutes * wordsPerMinute);
                const config = llmOnce();
                const warnings = [];
                let script;
                if (config) {
                    try {
                        script = assembleScript(await writeWithLlm(request, host, targetWords, config, ctx), host, 'llm', wordsPerMinute);
                    }
                    catch (err) {
                        ctx.signal.throwIfAborted(); // cancelled or past the deadline: no fallback
                        const reason = err instanceof LlmReplyError ? err.message : 'unexpected error';
                        ctx.logger.warn({ model: config.model, reason, err }, 'model reply unusable; writing extractively');
                        warnings.push(`the language model gave no usable script (${reason}); used the extractive writer`);
                    }
                }
                script ??= assembleScript(writeExtractive(request, host, wordsPerMinute), host, 'extractive', wordsPerMinute);
                ctx.logger.info({ writer: script.writer, words: script.words, segments: script.segments.length }, 'script woven');
                return taskResult({
                    output: { ...script, host: { ...script.host }, segments: script.segments.map((s) => ({ ...s })) },
                    warnings,
                    metrics: { words: script.words, estimated_seconds: script.estimatedSeconds, segments: script.segments.length },
                });
            },
        },
    });
}
export default createScriptWeaver();
//# sourceMappingURL=index.js.map