import type { Logger } from 'pino';
import type { DeadLetterRecord } from '../scheduler/dead-letters.js';
import type { WebhookSender } from '../webhooks/sender.js';
import { type EscalationRecord, type EscalationState } from './escalation-record.js';
import { type EscalationStore } from './escalation-store.js';
/** Where escalations are POSTed: the receiver and the webhook secret that signs them. */
export interface EscalationReceiver {
    readonly url: URL;
    readonly sender: WebhookSender;
    /** Id of the secret in TROUPE_WEBHOOK_SECRET_FILE. @default 'default' */
    readonly secretId?: string;
}
/**
 * Escalations of dead letters (`on_dead_letter: escalate`, docs/workflows.md): raised once
 * per dead-lettered task, acknowledged and resolved by people (`troupe alerts ack|resolve`),
 * each change stored (compare-and-set) and POSTed, signed like every callback, to the
 * escalation receiver with retries. Counted in `troupe_escalations_total{state}`.
 */
export declare class EscalationService {
    #private;
    constructor(options: {
        store: EscalationStore;
        receiver?: EscalationReceiver | undefined;
        logger: Logger;
        now?: () => number;
    });
    /** Whether a receiver is configured (workflows that escalate are refused without one). */
    get configured(): boolean;
    /** Raises the escalation of a dead letter (once per task); errors are logged, never thrown. */
    raise(letter: DeadLetterRecord, workflow: string, traceId?: string): Promise<void>;
    /** Escalations, newest first, optionally of one state. */
    list(state?: string): Promise<EscalationRecord[]>;
    /**
     * Moves an escalation to `state` (acknowledged or resolved) as `by`; FAILED_PRECONDITION when it
     * cannot go there. One that `visible` refuses (another workflow's, for a limited caller) is NOT_FOUND.
     */
    change(id: string, state: EscalationState, by: string, note?: string, visible?: (record: EscalationRecord) => boolean): Promise<EscalationRecord>;
}
