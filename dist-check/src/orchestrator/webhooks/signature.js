import { createHmac, timingSafeEqual } from 'node:crypto';
/** The header a webhook POST carries its signature in. */
export const SIGNATURE_HEADER = 'troupe-signature';
/** The HMAC-SHA256 hex of `<t>.<body>` under `secret`. */
function mac(secret, t, body) {
    return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}
/**
 * The `Troupe-Signature` value for `body` sent at unix second `t`: `t=<unix>,v1=<hex>`,
 * where hex is HMAC-SHA256 over `<t>.<body>` (the timestamp is signed so a captured
 * request cannot be replayed later than the receiver's tolerance).
 * @example signatureHeader(secret, JSON.stringify(payload)) // 't=1764921600,v1=5f2c…'
 */
export function signatureHeader(secret, body, t = Math.floor(Date.now() / 1000)) {
    return `t=${t},v1=${mac(secret, t, body)}`;
}
/**
 * What a receiver does: true when `header` signs `body` under `secret` and its
 * timestamp is within `toleranceSeconds` of now. Compares in constant time.
 */
export function verifySignature(secret, body, header, toleranceSeconds = 300, now = Date.now()) {
    const fields = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2)));
    const t = Number(fields.get('t'));
    const given = fields.get('v1') ?? '';
    if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceSeconds || !/^[\da-f]{64}$/.test(given))
        return false;
    return timingSafeEqual(Buffer.from(mac(secret, t, body), 'hex'), Buffer.from(given, 'hex'));
}
//# sourceMappingURL=signature.js.map