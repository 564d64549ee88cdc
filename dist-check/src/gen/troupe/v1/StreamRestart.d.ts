import type { StreamRestartMode as _troupe_v1_StreamRestartMode, StreamRestartMode__Output as _troupe_v1_StreamRestartMode__Output } from '../../troupe/v1/StreamRestartMode.js';
import type { Long } from '@grpc/proto-loader';
/**
 * How a new attempt of a streaming step continues a stream that an earlier attempt
 * started. Chunks already relayed are never re-sent: the next relayed chunk has sequence
 * resume_from_sequence. Only a SPLICED join may not continue them seamlessly.
 */
export interface StreamRestart {
    /**
     * The step whose stream restarted.
     */
    'stepId'?: (string);
    /**
     * The task (a for_each item has its own) whose stream restarted.
     */
    'taskId'?: (string);
    /**
     * The attempt that failed mid-stream.
     */
    'failedAttempt'?: (number);
    /**
     * The attempt that continues the stream.
     */
    'attempt'?: (number);
    /**
     * Sequence of the next chunk consumers will get (the count already relayed).
     */
    'resumeFromSequence'?: (number | string | Long);
    /**
     * How the new attempt continues.
     */
    'mode'?: (_troupe_v1_StreamRestartMode);
    /**
     * Agent instance that runs the new attempt.
     */
    'instanceId'?: (string);
}
/**
 * How a new attempt of a streaming step continues a stream that an earlier attempt
 * started. Chunks already relayed are never re-sent: the next relayed chunk has sequence
 * resume_from_sequence. Only a SPLICED join may not continue them seamlessly.
 */
export interface StreamRestart__Output {
    /**
     * The step whose stream restarted.
     */
    'stepId': (string);
    /**
     * The task (a for_each item has its own) whose stream restarted.
     */
    'taskId': (string);
    /**
     * The attempt that failed mid-stream.
     */
    'failedAttempt': (number);
    /**
     * The attempt that continues the stream.
     */
    'attempt': (number);
    /**
     * Sequence of the next chunk consumers will get (the count already relayed).
     */
    'resumeFromSequence': (string);
    /**
     * How the new attempt continues.
     */
    'mode': (_troupe_v1_StreamRestartMode__Output);
    /**
     * Agent instance that runs the new attempt.
     */
    'instanceId': (string);
}
