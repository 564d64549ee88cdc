import type { Json } from '../../sdk/grpc/struct.js';
import type { StoredWorkflow, WorkflowStore } from '../workflow/workflow-store.js';
import { type Bucket } from './kv-util.js';
/** Options of {@link KvWorkflowStore}. */
export interface KvWorkflowStoreOptions {
    /** Wall clock, for `registeredAt`. @default Date.now */
    readonly now?: () => number;
    /** Compare-and-set attempts of one `put` under contention. @default 10 */
    readonly attempts?: number;
}
/**
 * {@link WorkflowStore} in `troupe_workflows`: one key per workflow name, the
 * latest version as value. `put` reads the latest version and writes version + 1
 * with compare-and-set, so two orchestrators registering the same name at once
 * get two distinct versions. Older versions stay readable (`versions()`) as far
 * as the bucket's `history` reaches (5 by default).
 *
 * @example
 * const workflows = new KvWorkflowStore(buckets.workflows);
 * const { version } = await workflows.put('podcast', definition); // 1, then 2, …
 */
export declare class KvWorkflowStore implements WorkflowStore {
    #private;
    constructor(bucket: Bucket, options?: KvWorkflowStoreOptions);
    put(name: string, source: Json): Promise<StoredWorkflow>;
    get(name: string): Promise<StoredWorkflow | undefined>;
    list(): Promise<StoredWorkflow[]>;
    /**
     * Calls `onChange` for every workflow stored now, then for every registration, until
     * the returned stop is called (`stored` undefined: the key was deleted or purged).
     * `onReady` runs once the stored ones were delivered; `onEnd` if the watch ends
     * without being stopped (its consumer was lost).
     */
    watch(onChange: (key: string, stored: StoredWorkflow | undefined) => void, onReady?: () => void, onEnd?: (err?: unknown) => void): Promise<() => void>;
    /** The versions of `name` still kept (bucket `history`), newest first. */
    versions(name: string): Promise<StoredWorkflow[]>;
}
