import type { AgentDefinition, Json, StreamEvent, StreamHandler, TaskContext, TaskResultInit } from '../../src/sdk/index.js';
/** A TaskContext good enough to call a handler directly; its span is the parent of the handler's spans. */
export declare function fakeTaskContext(signal?: AbortSignal, resumeFromSequence?: number): TaskContext;
/** The `tts.synthesize` handler of a voice-forge definition. */
export declare function speechHandler(definition: AgentDefinition): StreamHandler;
/** Runs a streaming handler to the end and collects what it yielded and returned. */
export declare function drain(handler: StreamHandler, input: Json, ctx: TaskContext): Promise<{
    events: StreamEvent[];
    result: TaskResultInit;
}>;
