import type { PemSource } from './pem-source.js';
/** NATS headers that carry a control message's signature. */
export declare const CONTROL_HEADERS: {
    /** The signer's certificate chain: base64 DER, leaf first, comma-separated. */
    readonly cert: "Troupe-Signer-Cert";
    /** Unix ms when the message was signed. */
    readonly signedAt: "Troupe-Signed-At";
    /** Random per message; a verifier refuses a nonce it has seen (replay). */
    readonly nonce: "Troupe-Nonce";
    /** base64 signature over {@link signedBytes}. */
    readonly signature: "Troupe-Signature";
};
/** The bytes signed: a domain tag, the subject, the time, the nonce and the body, so none can be swapped. */
export declare function signedBytes(subject: string, signedAt: string, nonce: string, body: Uint8Array): Buffer;
/**
 * Signs control messages with the orchestrator's client certificate and key (the
 * certificate it presents to agents over mTLS). `material` is read at each call so
 * a rotated certificate signs from the next message on.
 */
export declare function createControlSigner(material: () => {
    cert: Buffer | undefined;
    key: Buffer | undefined;
}): (subject: string, body: Uint8Array) => Record<string, string>;
/** Why a control message can be refused: the values of the `reason` label of `troupe_agent_control_rejected_total`. */
export declare const CONTROL_REJECTIONS: readonly ["unsigned", "bad_certificate", "untrusted_signer", "bad_signature", "stale", "replayed"];
/** Why a control message was refused (the `reason` label of the rejection metric). */
export type ControlRejection = (typeof CONTROL_REJECTIONS)[number];
/** Options of {@link createControlVerifier}. */
export interface ControlVerifierOptions {
    /** PEM bundle of the CA(s) orchestrators' client certificates chain to; read at each check (rotation). */
    ca: () => Buffer | undefined;
    /** Largest accepted difference between the signing time and now. @default 30000 */
    maxSkewMs?: number;
    /** Clock. @default Date.now */
    now?: () => number;
}
/**
 * Verifies a control message: signed within ±`maxSkewMs`, by a certificate valid now,
 * made for client authentication and chaining to the configured CA, over this subject
 * and body, with a nonce not seen before. Returns the rejection reason, or undefined
 * when the message may be obeyed.
 */
export declare function createControlVerifier(options: ControlVerifierOptions): (subject: string, body: Uint8Array, header: (name: string) => string | undefined) => {
    ok: true;
    signer: string;
} | {
    ok: false;
    reason: ControlRejection;
    detail: string;
};
/**
 * A reader of a PEM file that re-reads it at most once a second (so a rotated CA file
 * applies to the next control message) and keeps the last good content if it vanishes.
 */
export declare function pemReader(source: PemSource): () => Buffer | undefined;
