import { type JetStreamManager } from 'nats';
/** Options of {@link openEventStream}. */
export interface EventStreamOptions {
    /** Subjects `TROUPE_EVENTS` captures; none: no Troupe-managed stream (triggers must name a `stream`). */
    readonly subjects: readonly string[];
    /** Events older than this are removed by the server. */
    readonly maxAgeMs: number;
    /** Size limit of the stream (oldest removed first); -1: none. */
    readonly maxBytes: number;
    readonly replicas: number;
}
/** Where the triggers of a workflow consume from, as checked at RegisterWorkflow. */
export interface EventStream {
    /** The subjects `TROUPE_EVENTS` captures ([] when there is none). */
    readonly subjects: readonly string[];
    /** Why `TROUPE_EVENTS` could not be opened, if it could not. */
    readonly problem: string | undefined;
    /**
     * The stream a trigger consumes from. Throws INVALID_ARGUMENT (naming `where`) when a
     * trigger without `stream` has a subject `TROUPE_EVENTS` does not capture, and
     * FAILED_PRECONDITION when the stream it names does not exist or captures none of it.
     */
    streamFor(where: string, trigger: {
        readonly subject: string;
        readonly stream: string | undefined;
    }): Promise<string>;
    /** Creates `TROUPE_EVENTS` again when it is gone (deleted by hand, a lost store): called by a consumer that finds it missing. */
    repair(): Promise<void>;
}
/**
 * Creates or updates `TROUPE_EVENTS` to capture exactly the configured subjects (a
 * fixed list, the same on every orchestrator: JetStream has no compare-and-set on a
 * stream's configuration, so orchestrators adding subjects as workflows come would
 * lose each other's updates; docs/triggers.md). A failure (another stream captures
 * one of the subjects) is kept as `problem`: RegisterWorkflow then refuses triggers
 * that need the stream, naming it, and everything else goes on.
 */
export declare function openEventStream(jsm: JetStreamManager, options: EventStreamOptions): Promise<EventStream>;
