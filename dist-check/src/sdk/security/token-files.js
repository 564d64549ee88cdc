import { readFileSync, statSync } from 'node:fs';
import { createTokenVerifier, parseStaticTokens } from './tokens.js';
/** True when any source is set: API auth is on. */
export function authEnabled(sources) {
    return Boolean(sources.jwksFile || sources.jwksUrl || sources.publicKeyFile || sources.tokensFile);
}
/**
 * Reads the configured files once and builds a verifier; the local files (JWKS,
 * public key, tokens) are read again when their modification time changes (checked
 * at most every `recheckMs`), so keys and tokens rotate without a restart.
 * Throws naming the file that cannot be read.
 */
export function loadTokenVerifier(sources, recheckMs = 2000) {
    const files = [sources.jwksFile, sources.publicKeyFile, sources.tokensFile].filter((f) => Boolean(f));
    const mtimes = () => files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0).join(',');
    let stamp = mtimes();
    let verifier = build(sources);
    let checkedAt = Date.now();
    return {
        verify(token) {
            const now = Date.now();
            if (now - checkedAt >= recheckMs) {
                checkedAt = now;
                const next = mtimes();
                if (next !== stamp) {
                    stamp = next;
                    verifier = build(sources);
                }
            }
            return verifier.verify(token);
        },
    };
}
function build(sources) {
    const options = { issuer: sources.issuer, audience: sources.audience, jwksUrl: sources.jwksUrl };
    if (sources.jwksFile)
        options.jwks = readJson(sources.jwksFile, 'JWKS');
    if (sources.publicKeyFile)
        options.publicKeyPem = read(sources.publicKeyFile, 'public key');
    if (sources.tokensFile) {
        try {
            options.staticTokens = parseStaticTokens(read(sources.tokensFile, 'tokens'));
        }
        catch (err) {
            throw new Error(`tokens file ${sources.tokensFile}: ${err.message}`, { cause: err });
        }
    }
    return createTokenVerifier(options);
}
function read(file, what) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new Error(`cannot read the ${what} file ${file}: ${err.message}`, { cause: err });
    }
}
function readJson(file, what) {
    const text = read(file, what);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new Error(`the ${what} file ${file} is not JSON: ${err.message}`, { cause: err });
    }
}
//# sourceMappingURL=token-files.js.map