import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
/** What an agent's descriptor says about resuming a capability's stream. */
export interface StreamTraits {
    /** It honours `ExecuteStreamRequest.resume_from_sequence`. */
    readonly resumable: boolean;
    /** Same input, same chunks. */
    readonly deterministic: boolean;
}
/** The resume traits `descriptor` declares for `capability` (false when it does not say). */
export declare function streamTraits(descriptor: AgentDescriptor, capability: string): StreamTraits;
/**
 * The `resume_from_sequence` to send an instance: what the caller wants when the
 * instance declared the capability resumable, else 0 (a non-resumable agent always
 * starts from the beginning; the relay drops what it re-sends).
 */
export declare function resumeFromFor(descriptor: AgentDescriptor, capability: string, wanted: number | undefined): number;
