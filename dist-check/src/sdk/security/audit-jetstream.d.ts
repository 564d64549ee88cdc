import { type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { type AuditLog } from './audit.js';
/** The audit stream and its subjects (`troupe.audit.<action>`). */
export declare const AUDIT_STREAM = "TROUPE_AUDIT";
export declare const AUDIT_SUBJECTS = "troupe.audit.>";
/** Options of {@link openJetStreamAuditLog}. */
export interface JetStreamAuditOptions {
    /** Events older than this are removed by the server. @default 2592000000 (30 days) */
    maxAgeMs?: number;
    /** The stream's size limit in bytes (oldest removed first); 0 = none. @default 1073741824 (1 GiB) */
    maxBytes?: number;
    /** Events waiting to be written; beyond it new ones are dropped and counted. @default 10000 */
    bufferSize?: number;
    /** Stream replicas. @default 1 */
    replicas?: number;
    logger?: Logger;
}
/**
 * An audit log in the JetStream stream `TROUPE_AUDIT` (created or updated to the
 * given limits). `append` only queues: one writer publishes the queue in order, so
 * a slow or unavailable NATS never blocks a call; events beyond `bufferSize` and
 * failed publishes are dropped, logged and counted (`troupe_audit_failures_total`).
 */
export declare function openJetStreamAuditLog(nc: NatsConnection, options?: JetStreamAuditOptions): Promise<AuditLog>;
