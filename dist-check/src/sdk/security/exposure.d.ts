import type { Logger } from 'pino';
/** What {@link checkExposure} decides on. */
export interface ExposureCheck {
    /** The listener, for messages: `orchestrator gRPC API`, `agent echo`. */
    what: string;
    /** The interface it binds. */
    host: string;
    /** Whether it serves TLS. */
    tls: boolean;
    /** Whether callers must authenticate (mTLS client certificates, bearer tokens). */
    authenticated: boolean;
    /** The operator accepted an exposed, unprotected listener (`--insecure`, `TROUPE_INSECURE=true`). */
    insecure: boolean;
    /** Where the warning goes when `insecure` lets an unprotected listener start. */
    logger?: Logger | undefined;
    /** How to fix it, appended to the error. @default a generic hint */
    hint?: string;
}
/** A listener would be reachable from other machines without TLS and authentication. */
export declare class ExposureError extends Error {
    readonly what: string;
    readonly host: string;
    readonly name = "ExposureError";
    constructor(what: string, host: string, message: string);
}
/** True for interfaces only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export declare function isLoopback(host: string): boolean;
/**
 * The safe-default rule, in one place: a listener on a non-loopback interface must
 * have TLS and authentication, unless the operator says `insecure`; then it starts
 * and this logs one loud warning. Loopback listeners are never checked (the local
 * demo and tests work as they always have). Throws an {@link ExposureError}.
 *
 * @example
 * checkExposure({ what: 'orchestrator gRPC API', host: '0.0.0.0', tls: false, authenticated: false, insecure: false });
 * // throws: orchestrator gRPC API would listen on 0.0.0.0 without TLS and authentication ...
 */
export declare function checkExposure(check: ExposureCheck): void;
