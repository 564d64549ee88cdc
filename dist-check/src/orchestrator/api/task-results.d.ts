import type { Json } from '../../sdk/grpc/struct.js';
import type { DeliveryState } from '../webhooks/sender.js';
/** A task submitted over `POST /api/tasks`, as `GET /api/tasks/{id}` reports it. */
export interface TaskRecord {
    id: string;
    capability: string;
    status: 'running' | 'completed' | 'failed';
    submittedAt: string;
    finishedAt?: string;
    output?: Json;
    /** The gRPC status name and message when it failed, e.g. `{ code: 'DEADLINE_EXCEEDED', … }`. */
    error?: {
        code: string;
        message: string;
    };
    agentInstanceId?: string;
    traceId: string;
    /** Its callback and where its delivery stands. */
    callback?: {
        url: string;
    } & DeliveryState;
}
/** How many task records are kept, and for how long once finished. */
export interface TaskResultLimits {
    /** Records kept, running ones included; beyond it the oldest finished one goes, or new tasks get 429. @default 10000 */
    readonly maxCount?: number;
    /** How long a finished task's record is kept. @default 3600000 (1 h) */
    readonly ttlMs?: number;
}
/**
 * The HTTP task API's memory, bounded: at most `maxCount` records, and a finished one
 * is forgotten `ttlMs` after it finished. Map order is insertion order, so eviction
 * looks at the oldest first.
 */
export declare class TaskResults {
    private readonly now;
    private readonly entries;
    private readonly maxCount;
    private readonly ttlMs;
    constructor(limits?: TaskResultLimits, now?: () => number);
    get size(): number;
    /** Keeps a new running task; RESOURCE_EXHAUSTED when every kept record is still running. */
    add(record: TaskRecord, owner: string): void;
    /** Marks a task finished; its record now expires after the TTL. */
    finish(id: string, outcome: Pick<TaskRecord, 'status' | 'output' | 'error' | 'agentInstanceId'>): TaskRecord | undefined;
    /** The record, when it is still kept and `owner` may read it (`*` reads all). */
    get(id: string, owner: string, readsAll: boolean): TaskRecord | undefined;
    private sweep;
}
