import { type TokenVerifier } from './tokens.js';
/** Where the API's credentials are configured (files and URLs, never the secrets themselves). */
export interface TokenSources {
    /** A local JWKS JSON file. */
    jwksFile?: string;
    /** A remote JWKS URL. */
    jwksUrl?: string;
    /** A PEM public key file. */
    publicKeyFile?: string;
    /** Required JWT issuer. */
    issuer?: string;
    /** Required JWT audience. */
    audience?: string;
    /** The static tokens file (JSON lines of `{ name, sha256, scopes, workflows? }`). */
    tokensFile?: string;
}
/** True when any source is set: API auth is on. */
export declare function authEnabled(sources: TokenSources): boolean;
/**
 * Reads the configured files once and builds a verifier; the local files (JWKS,
 * public key, tokens) are read again when their modification time changes (checked
 * at most every `recheckMs`), so keys and tokens rotate without a restart.
 * Throws naming the file that cannot be read.
 */
export declare function loadTokenVerifier(sources: TokenSources, recheckMs?: number): TokenVerifier;
