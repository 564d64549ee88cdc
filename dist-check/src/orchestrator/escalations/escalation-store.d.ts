import { NotFoundError } from '../../sdk/errors.js';
import { type Bucket } from '../store/kv-util.js';
import type { EscalationRecord } from './escalation-record.js';
/** An escalation and the revision it was read at (the compare-and-set token). */
export interface StoredEscalation {
    readonly record: EscalationRecord;
    readonly revision: number;
}
/** Where escalations are kept: durable (KV) or, without durable state, in memory. */
export interface EscalationStore {
    /** Stores a new escalation; resolves false when one with its id exists. */
    create(record: EscalationRecord): Promise<boolean>;
    get(id: string): Promise<StoredEscalation | undefined>;
    /** Writes `record` if the stored revision is still `revision`; StaleWriteError otherwise. */
    update(record: EscalationRecord, revision: number): Promise<number>;
    /** Every escalation, newest first. */
    list(): Promise<EscalationRecord[]>;
}
/** Escalations in `troupe_escalations`, one key per id; every change a compare-and-set. */
export declare class KvEscalationStore implements EscalationStore {
    #private;
    constructor(bucket: Bucket);
    create(record: EscalationRecord): Promise<boolean>;
    get(id: string): Promise<StoredEscalation | undefined>;
    update(record: EscalationRecord, revision: number): Promise<number>;
    list(): Promise<EscalationRecord[]>;
}
/** Escalations in memory (an orchestrator without durable state); same semantics. */
export declare class MemoryEscalationStore implements EscalationStore {
    #private;
    create(record: EscalationRecord): Promise<boolean>;
    get(id: string): Promise<StoredEscalation | undefined>;
    update(record: EscalationRecord, revision: number): Promise<number>;
    list(): Promise<EscalationRecord[]>;
}
/** NOT_FOUND for an unknown escalation id, in words a person can act on. */
export declare function unknownEscalation(id: string): NotFoundError;
