import { type Context } from '@opentelemetry/api';
import type { AgentServiceClient } from '../../gen/troupe/v1/AgentService.js';
import { type DispatchTask } from './encode-task.js';
/**
 * Many unary tasks over one `AgentService.Channel` stream to one agent. Each call
 * gets a CLIENT span named like an Execute call (the stream's own span would say
 * nothing per task), a deadline of its own, and cancellation by message. If the
 * stream breaks, every pending call fails UNAVAILABLE (so dispatch reassigns it)
 * and the next call opens a new stream.
 */
export declare class AgentChannel {
    #private;
    private readonly client;
    constructor(client: AgentServiceClient);
    /** Runs one task; resolves with ExecuteResponse bytes (so the result can be relayed without decoding). */
    call(task: DispatchTask, options: {
        deadline: Date;
        signal: AbortSignal;
        traceContext: Context;
    }): Promise<Buffer>;
    /** Ends the stream; pending calls fail UNAVAILABLE. */
    close(): void;
}
