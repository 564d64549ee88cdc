import type { TriggerInfo } from '../../sdk/client/triggers-client.js';
/** Columns of `troupe trigger list`. */
export declare const TRIGGER_COLUMNS: readonly ["WORKFLOW", "TRIGGER", "SUBJECT", "STREAM", "STATE", "PENDING", "ACK PENDING", "REDELIVERED"];
/** The `troupe trigger list` table, or a friendly line when there are none. */
export declare function formatTriggerTable(triggers: readonly TriggerInfo[]): string;
