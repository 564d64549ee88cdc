import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
import type { Chunk as _troupe_v1_Chunk, Chunk__Output as _troupe_v1_Chunk__Output } from '../../troupe/v1/Chunk.js';
import type { StreamRestart as _troupe_v1_StreamRestart, StreamRestart__Output as _troupe_v1_StreamRestart__Output } from '../../troupe/v1/StreamRestart.js';
/**
 * One run event.
 */
export interface WatchRunResponse {
    /**
     * Event type, e.g. "step.started", "chunk", "run.completed".
     */
    'type'?: (string);
    /**
     * Step the event concerns; empty for run-level events.
     */
    'stepId'?: (string);
    /**
     * Event details as JSON.
     */
    'detail'?: (_google_protobuf_Value | null);
    /**
     * A relayed chunk, for type "chunk". Within one step (one task), chunk sequences
     * never repeat and never go back, across attempts: a retried stream continues where
     * the failed attempt stopped (see StreamRestart).
     */
    'chunk'?: (_troupe_v1_Chunk | null);
    /**
     * Attempt of the step's task that produced the event (from 1), for "chunk",
     * "step.progress", "attempt.*" and "stream.restarted" events; 0 when not applicable.
     */
    'attempt'?: (number);
    /**
     * For type "stream.restarted": a streaming attempt failed after it had started and
     * a new attempt took over the stream.
     */
    'restart'?: (_troupe_v1_StreamRestart | null);
}
/**
 * One run event.
 */
export interface WatchRunResponse__Output {
    /**
     * Event type, e.g. "step.started", "chunk", "run.completed".
     */
    'type': (string);
    /**
     * Step the event concerns; empty for run-level events.
     */
    'stepId': (string);
    /**
     * Event details as JSON.
     */
    'detail': (_google_protobuf_Value__Output | null);
    /**
     * A relayed chunk, for type "chunk". Within one step (one task), chunk sequences
     * never repeat and never go back, across attempts: a retried stream continues where
     * the failed attempt stopped (see StreamRestart).
     */
    'chunk': (_troupe_v1_Chunk__Output | null);
    /**
     * Attempt of the step's task that produced the event (from 1), for "chunk",
     * "step.progress", "attempt.*" and "stream.restarted" events; 0 when not applicable.
     */
    'attempt': (number);
    /**
     * For type "stream.restarted": a streaming attempt failed after it had started and
     * a new attempt took over the stream.
     */
    'restart': (_troupe_v1_StreamRestart__Output | null);
}
