/** Why an instance was refused admission (the `reason` label of `troupe_agents_refused_total`). */
export type RefusalReason = 'untrusted_certificate' | 'expired_certificate' | 'wrong_identity' | 'no_tls' | 'name_mismatch';
/** One admission decision, for audit logs (`onAdmission`). */
export interface AdmissionDecision {
    readonly instanceId: string;
    /** The agent name the instance claimed in its announcement. */
    readonly agent: string;
    readonly address: string;
    readonly admitted: boolean;
    /** `<RefusalReason>: <detail>` when refused. */
    readonly reason?: string;
    /** The reason code alone when refused. */
    readonly reasonCode?: RefusalReason;
}
/** The probe established that an instance is not the agent it claims to be: it must never be routed to. */
export declare class AdmissionRefusedError extends Error {
    readonly reason: RefusalReason;
    readonly detail: string;
    readonly name = "AdmissionRefusedError";
    constructor(reason: RefusalReason, detail: string, options?: {
        cause?: unknown;
    });
    static is(this: void, err: unknown): err is AdmissionRefusedError;
}
