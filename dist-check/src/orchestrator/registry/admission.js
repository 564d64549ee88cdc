/** The probe established that an instance is not the agent it claims to be: it must never be routed to. */
export class AdmissionRefusedError extends Error {
    reason;
    detail;
    name = 'AdmissionRefusedError';
    constructor(reason, detail, options) {
        super(`${reason}: ${detail}`, options);
        this.reason = reason;
        this.detail = detail;
    }
    static is(err) {
        return err instanceof Error && err.name === 'AdmissionRefusedError' && typeof err.reason === 'string';
    }
}
//# sourceMappingURL=admission.js.map