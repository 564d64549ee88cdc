import type { status as Status } from '@grpc/grpc-js';
import type { AgentDescriptor__Output } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { AgentClients } from '../grpc/agent-clients.js';
import type { Json } from '../grpc/struct.js';
import type { ClientTlsOptions } from '../security/tls.js';
/** The verdict of one check: `skip` means it did not apply or could not be exercised (not a failure). */
export type CheckOutcome = 'pass' | 'fail' | 'skip';
/** One row of a conformance report. */
export interface CheckResult {
    /** Stable dotted name, e.g. `errors.unknown_capability` or `stream:tts.synthesize`. */
    name: string;
    outcome: CheckOutcome;
    /** What was seen; for a failure, what to fix. */
    detail: string;
}
/** Options of {@link runConformance}. */
export interface ConformanceOptions {
    /** Inputs that work, by capability name; without one a capability is probed with `{}`. */
    samples?: Readonly<Record<string, Json>>;
    /** Deadline of each call the checks make. @default 5000 */
    callTimeoutMs?: number;
    /** How soon a cancelled stream must end. @default 2000 */
    cancelWithinMs?: number;
    /** TLS to the agent: `ca`, and `cert` + `key` when it requires client certificates. @default plaintext */
    tls?: ClientTlsOptions | undefined;
}
/** What every check group receives. @internal */
export interface CheckContext {
    readonly clients: AgentClients;
    readonly samples: Readonly<Record<string, Json>>;
    readonly callTimeoutMs: number;
    readonly cancelWithinMs: number;
    /** The agent's descriptor; undefined when Describe failed. */
    descriptor: AgentDescriptor__Output | undefined;
    /** A streaming capability and an input it accepted, found by the stream checks. */
    exercisedStream: {
        capability: string;
        input: Json;
    } | undefined;
    /** A unary capability, an input it accepted or rejected cleanly, and that answer's code (OK or INVALID_ARGUMENT). */
    exercisedUnary: {
        capability: string;
        input: Json;
        code: Status;
    } | undefined;
}
/** Builds results tersely inside check groups. @internal */
export declare const result: {
    pass: (name: string, detail: string) => CheckResult;
    fail: (name: string, detail: string) => CheckResult;
    skip: (name: string, detail: string) => CheckResult;
};
