import { randomBytes, sign, verify, X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
/** NATS headers that carry a control message's signature. */
export const CONTROL_HEADERS = {
    /** The signer's certificate chain: base64 DER, leaf first, comma-separated. */
    cert: 'Troupe-Signer-Cert',
    /** Unix ms when the message was signed. */
    signedAt: 'Troupe-Signed-At',
    /** Random per message; a verifier refuses a nonce it has seen (replay). */
    nonce: 'Troupe-Nonce',
    /** base64 signature over {@link signedBytes}. */
    signature: 'Troupe-Signature',
};
const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';
const encoder = new TextEncoder();
/** The bytes signed: a domain tag, the subject, the time, the nonce and the body, so none can be swapped. */
export function signedBytes(subject, signedAt, nonce, body) {
    return Buffer.concat([encoder.encode(`troupe-control-v1\n${subject}\n${signedAt}\n${nonce}\n`), body]);
}
/** Ed25519/Ed448 sign without a digest; EC and RSA keys with SHA-256. */
const digestFor = (key) => (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : 'sha256');
/**
 * Signs control messages with the orchestrator's client certificate and key (the
 * certificate it presents to agents over mTLS). `material` is read at each call so
 * a rotated certificate signs from the next message on.
 */
export function createControlSigner(material) {
    return (subject, body) => {
        const { cert, key } = material();
        if (!cert || !key)
            throw new Error('no client certificate to sign control messages with');
        const chain = pemBlocks(cert).map((pem) => new X509Certificate(pem).raw.toString('base64'));
        const privateKey = createPrivateKey(key);
        const signedAt = String(Date.now());
        const nonce = randomBytes(16).toString('hex');
        const signature = sign(digestFor(privateKey), signedBytes(subject, signedAt, nonce, body), privateKey).toString('base64');
        return { [CONTROL_HEADERS.cert]: chain.join(','), [CONTROL_HEADERS.signedAt]: signedAt, [CONTROL_HEADERS.nonce]: nonce, [CONTROL_HEADERS.signature]: signature };
    };
}
/** Why a control message can be refused: the values of the `reason` label of `troupe_agent_control_rejected_total`. */
export const CONTROL_REJECTIONS = ['unsigned', 'bad_certificate', 'untrusted_signer', 'bad_signature', 'stale', 'replayed'];
/**
 * Verifies a control message: signed within ±`maxSkewMs`, by a certificate valid now,
 * made for client authentication and chaining to the configured CA, over this subject
 * and body, with a nonce not seen before. Returns the rejection reason, or undefined
 * when the message may be obeyed.
 */
export function createControlVerifier(options) {
    const maxSkew = options.maxSkewMs ?? 30_000;
    const now = options.now ?? Date.now;
    const seen = new Map();
    return (subject, body, header) => {
        const chainText = header(CONTROL_HEADERS.cert);
        const signedAt = header(CONTROL_HEADERS.signedAt);
        const nonce = header(CONTROL_HEADERS.nonce);
        const signature = header(CONTROL_HEADERS.signature);
        if (!chainText || !signedAt || !nonce || !signature)
            return { ok: false, reason: 'unsigned', detail: 'no signature headers' };
        const t = now();
        const at = Number(signedAt);
        if (!Number.isFinite(at) || Math.abs(t - at) > maxSkew)
            return { ok: false, reason: 'stale', detail: `signed at ${signedAt}, now ${t}` };
        let chain;
        try {
            chain = chainText.split(',').map((b64) => new X509Certificate(Buffer.from(b64, 'base64')));
        }
        catch (err) {
            return { ok: false, reason: 'bad_certificate', detail: err.message };
        }
        const leaf = chain[0];
        if (Date.parse(leaf.validFrom) > t || Date.parse(leaf.validTo) < t)
            return { ok: false, reason: 'bad_certificate', detail: `certificate valid ${leaf.validFrom} to ${leaf.validTo}` };
        // Node's `keyUsage` is the extended key usage list, undefined when the certificate has none.
        const eku = leaf.keyUsage;
        if (Array.isArray(eku) && !eku.includes(CLIENT_AUTH_OID))
            return { ok: false, reason: 'bad_certificate', detail: 'certificate is not for client authentication' };
        const caPem = options.ca();
        const roots = caPem ? pemBlocks(caPem).map((pem) => new X509Certificate(pem)) : [];
        if (!chainsTo(chain, roots, t))
            return { ok: false, reason: 'untrusted_signer', detail: `${leaf.subject.replace(/\n/g, ', ')} does not chain to the orchestrators' CA` };
        let valid;
        try {
            valid = verify(digestFor(leaf.publicKey), signedBytes(subject, signedAt, nonce, body), leaf.publicKey, Buffer.from(signature, 'base64'));
        }
        catch {
            valid = false;
        }
        if (!valid)
            return { ok: false, reason: 'bad_signature', detail: 'signature does not match subject and body' };
        for (const [n, expiry] of seen)
            if (expiry < t)
                seen.delete(n);
        if (seen.has(nonce))
            return { ok: false, reason: 'replayed', detail: `nonce ${nonce} already used` };
        seen.set(nonce, at + maxSkew);
        return { ok: true, signer: leaf.subject.replace(/\n/g, ', ') };
    };
}
/** True when each certificate is issued (and signed) by the next or by a root, ending at a root, all valid at `t`. */
function chainsTo(chain, roots, t) {
    let current = chain[0];
    const pool = chain.slice(1);
    for (let depth = 0; depth < 5; depth++) {
        const root = roots.find((r) => current.checkIssued(r) && current.verify(r.publicKey) && validAt(r, t));
        if (root)
            return true;
        const next = pool.find((c) => current.checkIssued(c) && current.verify(c.publicKey) && c.ca && validAt(c, t));
        if (!next)
            return false;
        current = next;
    }
    return false;
}
const validAt = (c, t) => Date.parse(c.validFrom) <= t && t <= Date.parse(c.validTo);
function pemBlocks(pem) {
    return pem.toString('utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
/**
 * A reader of a PEM file that re-reads it at most once a second (so a rotated CA file
 * applies to the next control message) and keeps the last good content if it vanishes.
 */
export function pemReader(source) {
    if (typeof source !== 'string')
        return () => source;
    let at = 0;
    let pem;
    return () => {
        if (Date.now() - at < 1000)
            return pem;
        at = Date.now();
        try {
            pem = readFileSync(source);
        }
        catch {
            // keep the last content
        }
        return pem;
    };
}
//# sourceMappingURL=control-signing.js.map