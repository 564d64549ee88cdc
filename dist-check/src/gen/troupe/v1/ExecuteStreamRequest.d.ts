import type { TaskSpec as _troupe_v1_TaskSpec, TaskSpec__Output as _troupe_v1_TaskSpec__Output } from '../../troupe/v1/TaskSpec.js';
import type { Long } from '@grpc/proto-loader';
/**
 * Request of AgentService.ExecuteStream.
 */
export interface ExecuteStreamRequest {
    /**
     * The task to run.
     */
    'task'?: (_troupe_v1_TaskSpec | null);
    /**
     * Resume contract: the first chunk sequence the caller still needs; 0 (the default)
     * means from the start. Set only for a capability whose descriptor says `resumable`,
     * when an earlier attempt of the same task (same input) already delivered chunks
     * 0 .. resume_from_sequence-1. The agent then sends only chunks with sequence >=
     * resume_from_sequence, with the sequence numbers (and bytes) an uninterrupted stream
     * would have had, followed by the result as usual. An agent that cannot resume
     * ignores the field (leave `resumable` false): the orchestrator then drops re-sent chunks.
     */
    'resumeFromSequence'?: (number | string | Long);
}
/**
 * Request of AgentService.ExecuteStream.
 */
export interface ExecuteStreamRequest__Output {
    /**
     * The task to run.
     */
    'task': (_troupe_v1_TaskSpec__Output | null);
    /**
     * Resume contract: the first chunk sequence the caller still needs; 0 (the default)
     * means from the start. Set only for a capability whose descriptor says `resumable`,
     * when an earlier attempt of the same task (same input) already delivered chunks
     * 0 .. resume_from_sequence-1. The agent then sends only chunks with sequence >=
     * resume_from_sequence, with the sequence numbers (and bytes) an uninterrupted stream
     * would have had, followed by the result as usual. An agent that cannot resume
     * ignores the field (leave `resumable` false): the orchestrator then drops re-sent chunks.
     */
    'resumeFromSequence': (string);
}
