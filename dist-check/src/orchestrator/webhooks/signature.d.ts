/** The header a webhook POST carries its signature in. */
export declare const SIGNATURE_HEADER = "troupe-signature";
/**
 * The `Troupe-Signature` value for `body` sent at unix second `t`: `t=<unix>,v1=<hex>`,
 * where hex is HMAC-SHA256 over `<t>.<body>` (the timestamp is signed so a captured
 * request cannot be replayed later than the receiver's tolerance).
 * @example signatureHeader(secret, JSON.stringify(payload)) // 't=1764921600,v1=5f2c…'
 */
export declare function signatureHeader(secret: Buffer, body: string, t?: number): string;
/**
 * What a receiver does: true when `header` signs `body` under `secret` and its
 * timestamp is within `toleranceSeconds` of now. Compares in constant time.
 */
export declare function verifySignature(secret: Buffer, body: string, header: string | undefined, toleranceSeconds?: number, now?: number): boolean;
