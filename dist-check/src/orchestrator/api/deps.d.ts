import type { EscalationService } from '../escalations/escalation-service.js';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { ServeOptions } from '../../sdk/grpc/serve.js';
import type { AuditLog } from '../../sdk/security/audit.js';
import type { NatsLink } from '../discovery/nats-link.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Registry } from '../registry/registry.js';
import type { DeadLetterStore } from '../scheduler/index.js';
import type { RunCallbacks } from '../webhooks/run-callbacks.js';
import type { Webhooks } from '../webhooks/setup.js';
/** What the API handlers need from the running orchestrator. */
export interface ApiDeps {
    readonly registry: Registry;
    readonly dispatcher: Dispatcher;
    readonly nc: NatsConnection;
    readonly logger: Logger;
    readonly defaultTimeoutMs: number;
    /** The NATS link, when runs are stored in NATS: store calls answer UNAVAILABLE fast while it is down. */
    readonly storeLink?: NatsLink | undefined;
    /** Signs control messages to agents (NATS headers to add); undefined when the orchestrator has no client certificate. */
    readonly signControl?: ((subject: string, body: Uint8Array) => Record<string, string>) | undefined;
    /** Authentication, scopes and audit of every call (see guard.ts). @default none: everyone is anonymous */
    readonly guard?: ServeOptions['guard'];
    /** Where ListAuditEvents reads from. @default none: ListAuditEvents answers UNIMPLEMENTED */
    readonly auditLog?: AuditLog;
    /** Largest input accepted (JSON bytes, plus `data`). @default 67108864 (DEFAULT_MAX_PAYLOAD_BYTES) */
    readonly maxPayloadBytes?: number;
    /** Callback sender and allow-list (`callback_url`). @default none: a callback_url is refused */
    readonly webhooks?: Webhooks | undefined;
    /** Escalations of dead letters (ListEscalations …; RegisterWorkflow refuses `on_dead_letter: escalate` without a receiver). */
    readonly escalations?: EscalationService | undefined;
    /** Callbacks of runs (StartRun `callback_url`), shown in GetRun. */
    readonly runCallbacks?: RunCallbacks | undefined;
    /** The dead letters the run engine writes, for ReplayDeadLetter and DiscardDeadLetter. @default none: they answer FAILED_PRECONDITION */
    readonly deadLetters?: DeadLetterStore | undefined;
    /** Tasks one SubmitTasks stream may have in flight before the server stops reading it. @default 1024 (DEFAULT_BULK_MAX_IN_FLIGHT) */
    readonly bulkMaxInFlight?: number;
    /** Aborted when the orchestrator starts stopping: SubmitTasks streams stop reading, answer what they hold and end UNAVAILABLE. */
    readonly stopping?: AbortSignal;
}
/** Default of {@link ApiDeps.bulkMaxInFlight} (TROUPE_BULK_MAX_IN_FLIGHT). */
export declare const DEFAULT_BULK_MAX_IN_FLIGHT = 1024;
/** The serve options every handler uses: the logger and the guard. */
export declare function serveOptions(deps: ApiDeps): ServeOptions;
/** The setting named in a payload-too-large error. */
export declare const PAYLOAD_SETTING = "TROUPE_MAX_PAYLOAD_BYTES / maxPayloadBytes";
/**
 * Checks a request's `callback_url` (empty: none) and `callback_secret_id`: INVALID_ARGUMENT when
 * malformed, not allowed or an unknown secret id, FAILED_PRECONDITION when no signing secret is configured.
 */
export declare function callbackOf(deps: {
    readonly webhooks?: Pick<Webhooks, 'sender' | 'allow'> | undefined;
}, raw: string | undefined, secretId?: string): {
    url: URL;
    secretId: string;
} | undefined;
/** The gRPC path of an OrchestratorService method, e.g. `/troupe.v1.OrchestratorService/StartRun`. */
export declare function methodPath(method: string): string;
