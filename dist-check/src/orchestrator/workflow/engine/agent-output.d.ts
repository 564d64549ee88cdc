import type { TaskSpec } from '../../../gen/troupe/v1/TaskSpec.js';
import { type Json } from '../../../sdk/grpc/struct.js';
import type { DispatchCall } from '../../dispatch/dispatcher.js';
import type { StepDispatcher } from './run-admission.js';
import type { RunEventLog } from './run-event-log.js';
import type { StreamCursor } from './stream-cursor.js';
/**
 * The JSON output of a raw ExecuteResponse and the warnings the agent attached to its result
 * (`TaskResult.warnings`, e.g. a page served from a cache); RESOURCE_EXHAUSTED (not retried
 * elsewhere as is) when it is over `limit` bytes.
 */
export declare function decodeResult(raw: Buffer, limit?: number): {
    output: Json;
    warnings: string[];
};
/**
 * Runs a streaming task of a run: every chunk goes into the run's event log (so
 * WatchRun consumers and the HTTP audio endpoint get it live), progress too; resolves
 * with the final result's output. The log is shared history, so a slow watcher does
 * not hold the agent back. `cursor` carries the stream across the task's attempts: a
 * retry asks a resumable agent to resume, logs `stream.restarted`, and drops chunks
 * consumers already got (see {@link StreamCursor}).
 */
export declare function relayStreamToLog(dispatcher: StepDispatcher, spec: TaskSpec, call: DispatchCall, log: RunEventLog, stepId: string, onStarted: () => void, onInstance: (instanceId: string) => void, cursor: StreamCursor): Promise<Json>;
