import { createHash, createPublicKey, randomBytes, timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { UnauthenticatedError } from './errors.js';
import { parseScopes } from './scopes.js';
/** Hex SHA-256 of a token, as stored in the static tokens file. */
export function hashToken(token) {
    return createHash('sha256').update(token, 'utf8').digest('hex');
}
/** A new random static token (43 base64url characters after `troupe_`). */
export function generateToken() {
    return `troupe_${randomBytes(32).toString('base64url')}`;
}
/** The token of an `authorization: Bearer <token>` header value, or undefined. */
export function bearerToken(header) {
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
}
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const KEY_MISMATCH = new Set(['ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'ERR_JWKS_NO_MATCHING_KEY', 'ERR_JOSE_ALG_NOT_ALLOWED', 'ERR_JOSE_NOT_SUPPORTED']);
/**
 * Builds the verifier for the API's bearer tokens: JWTs through jose's `jwtVerify`
 * (signature, `exp`/`nbf`, issuer, audience) and static tokens compared in constant
 * time over their SHA-256. Scopes come from `scope` (space-separated) or `scp` (list).
 *
 * @example
 * ```ts
 * const verifier = createTokenVerifier({ jwksUrl: 'https://id.example.com/.well-known/jwks.json', issuer: 'https://id.example.com', audience: 'troupe' });
 * const principal = await verifier.verify(token); // { subject, scopes, workflows? }
 * ```
 */
export function createTokenVerifier(options) {
    const keys = [];
    if (options.jwks)
        keys.push(createLocalJWKSet(options.jwks));
    if (options.jwksUrl)
        keys.push(createRemoteJWKSet(new URL(options.jwksUrl)));
    if (options.publicKeyPem)
        keys.push(createPublicKey(options.publicKeyPem));
    const statics = (options.staticTokens ?? []).map((e) => ({ ...e, digest: Buffer.from(e.sha256, 'hex') }));
    const claim = options.workflowsClaim ?? 'troupe_workflows';
    async function verifyJwt(token) {
        let last;
        for (const key of keys) {
            try {
                const verifyOptions = { issuer: options.issuer, audience: options.audience, clockTolerance: options.clockToleranceSec ?? 30 };
                const { payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
                return principalOf(payload, claim);
            }
            catch (err) {
                last = err;
                if (!KEY_MISMATCH.has(err.code ?? ''))
                    break;
            }
        }
        throw new UnauthenticatedError(`the bearer JWT was refused: ${reason(last)}`);
    }
    function verifyStatic(token) {
        const digest = createHash('sha256').update(token, 'utf8').digest();
        let found;
        // Compare against every entry so the time taken does not say which one matched.
        for (const entry of statics) {
            if (entry.digest.length === digest.length && timingSafeEqual(entry.digest, digest) && !found)
                found = entry;
        }
        if (!found)
            return undefined;
        const scopes = typeof found.scopes === 'string' ? found.scopes.split(/\s+/).filter(Boolean) : found.scopes;
        return { subject: found.name, kind: 'static', ...parseScopes(scopes, found.workflows) };
    }
    return {
        async verify(token) {
            if (keys.length > 0 && JWT_SHAPE.test(token)) {
                // A static token may happen to look like a JWT: try it before refusing.
                try {
                    return await verifyJwt(token);
                }
                catch (err) {
                    const fallback = statics.length > 0 ? verifyStatic(token) : undefined;
                    if (fallback)
                        return fallback;
                    throw err;
                }
            }
            const principal = verifyStatic(token);
            if (principal)
                return principal;
            throw new UnauthenticatedError(keys.length > 0 && statics.length === 0 ? 'the bearer token is not a JWT' : 'the bearer token matches no known token');
        },
    };
}
function principalOf(payload, workflowsClaim) {
    if (!payload.sub)
        throw new UnauthenticatedError('the bearer JWT was refused: it has no "sub" claim');
    const scope = payload['scope'];
    const scp = payload['scp'];
    const granted = typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : Array.isArray(scp) ? scp.filter((s) => typeof s === 'string') : [];
    const limit = payload[workflowsClaim];
    const workflows = Array.isArray(limit) ? limit.filter((w) => typeof w === 'string') : undefined;
    return { subject: payload.sub, kind: 'jwt', ...parseScopes(granted, workflows) };
}
/** jose's reason (its messages describe the claim or check, never the token). */
function reason(err) {
    const code = err?.code;
    if (code === 'ERR_JWT_EXPIRED')
        return 'it has expired ("exp" is in the past)';
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
        return 'its signature does not verify with any configured key';
    if (code === 'ERR_JWKS_NO_MATCHING_KEY')
        return 'no configured key matches its "kid"/"alg"';
    if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
        return err.message;
    if (code === 'ERR_JWS_INVALID' || code === 'ERR_JWT_INVALID')
        return 'it is not a well-formed JWT';
    return err instanceof Error ? `${err.message}${code ? ` (${code})` : ''}` : String(err);
}
/**
 * Parses the static tokens file: JSON lines (one {@link StaticTokenEntry} per line,
 * `#` comments and blank lines allowed) or one JSON array. Throws naming the line.
 */
export function parseStaticTokens(text) {
    const trimmed = text.trim();
    const items = trimmed.startsWith('[')
        ? JSON.parse(trimmed).map((value, i) => ({ line: i + 1, value }))
        : text.split('\n').flatMap((raw, i) => {
            const line = raw.trim();
            if (!line || line.startsWith('#'))
                return [];
            try {
                return [{ line: i + 1, value: JSON.parse(line) }];
            }
            catch (err) {
                throw new Error(`line ${i + 1}: not JSON: ${err.message}`, { cause: err });
            }
        });
    return items.map(({ line, value }) => {
        const e = value;
        if (!e || typeof e.name !== 'string' || !e.name)
            throw new Error(`entry ${line}: "name" is required`);
        if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(e.sha256))
            throw new Error(`entry ${line} (${e.name}): "sha256" must be 64 hex digits (troupe token hash)`);
        if (typeof e.scopes !== 'string' && !Array.isArray(e.scopes))
            throw new Error(`entry ${line} (${e.name}): "scopes" must be a string or a list`);
        return { name: e.name, sha256: e.sha256.toLowerCase(), scopes: e.scopes, ...(Array.isArray(e.workflows) ? { workflows: e.workflows } : {}) };
    });
}
//# sourceMappingURL=tokens.js.map