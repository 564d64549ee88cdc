import type { Json } from '../../sdk/grpc/struct.js';
/** A registered workflow definition. */
export interface StoredWorkflow {
    name: string;
    version: number;
    registeredAt: number;
    /** The definition as registered (parsed JSON/YAML). */
    source: Json;
}
/** Where workflow definitions live. Async so a JetStream KV implementation can replace the in-memory one. */
export interface WorkflowStore {
    /** Stores a definition under its name; returns it with its new version (1, 2, …). */
    put(name: string, source: Json): Promise<StoredWorkflow>;
    /** The latest version of `name`. */
    get(name: string): Promise<StoredWorkflow | undefined>;
    /** Latest versions of all workflows, by name. */
    list(): Promise<StoredWorkflow[]>;
    /** The versions of `name` still kept, newest first (empty for an unknown name). */
    versions?(name: string): Promise<StoredWorkflow[]>;
}
/** Keeps definitions in memory (lost on restart until the durable store lands). */
export declare class InMemoryWorkflowStore implements WorkflowStore {
    #private;
    put(name: string, source: Json): Promise<StoredWorkflow>;
    versions(name: string): Promise<StoredWorkflow[]>;
    get(name: string): Promise<StoredWorkflow | undefined>;
    list(): Promise<StoredWorkflow[]>;
}
