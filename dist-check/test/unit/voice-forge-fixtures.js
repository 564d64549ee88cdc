// Shared by the voice-forge tests: a minimal TaskContext and a way to run a streaming handler.
import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { pino } from 'pino';
/** A TaskContext good enough to call a handler directly; its span is the parent of the handler's spans. */
export function fakeTaskContext(signal = new AbortController().signal, resumeFromSequence = 0) {
    const span = trace.getTracer('voice-forge-test').startSpan('task');
    return {
        taskId: 'task-1',
        capability: 'tts.synthesize',
        attempt: 1,
        resumeFromSequence,
        idempotencyKey: 'run-1/step-1/1',
        runId: 'run-1',
        stepId: 'step-1',
        data: Buffer.alloc(0),
        contentType: 'application/json',
        signal,
        deadline: undefined,
        logger: pino({ level: 'silent' }),
        span,
        traceContext: trace.setSpan(ROOT_CONTEXT, span),
    };
}
/** The `tts.synthesize` handler of a voice-forge definition. */
export function speechHandler(definition) {
    const handler = definition.streaming.get('tts.synthesize');
    if (!handler)
        throw new Error('no tts.synthesize handler');
    return handler;
}
/** Runs a streaming handler to the end and collects what it yielded and returned. */
export async function drain(handler, input, ctx) {
    const events = [];
    const generator = handler(input, ctx);
    for (;;) {
        const step = await generator.next();
        if (step.done)
            return { events, result: step.value };
        events.push(step.value);
    }
}
//# sourceMappingURL=voice-forge-fixtures.js.map