import { type JSONWebKeySet } from 'jose';
import { type Principal } from './scopes.js';
/** One line of the static tokens file: the token itself is never stored, only its SHA-256. */
export interface StaticTokenEntry {
    /** Who holds the token: the actor in the audit log. */
    name: string;
    /** Hex SHA-256 of the token (`troupe token hash`). */
    sha256: string;
    /** Granted scopes (space-separated string or list); `runs:start:A` limits to workflow A. */
    scopes: string | string[];
    /** Workflows the token is limited to. @default all */
    workflows?: string[];
}
/** Where API credentials are checked against. Any combination; at least one source. */
export interface TokenVerifierOptions {
    /** A local JSON Web Key Set (e.g. the content of `TROUPE_AUTH_JWKS_FILE`). */
    jwks?: JSONWebKeySet;
    /** A remote JWKS URL (an OIDC provider's `jwks_uri`); keys are cached and refetched on an unknown `kid`. */
    jwksUrl?: string;
    /** A PEM (SPKI) public key verifying JWTs. */
    publicKeyPem?: string;
    /** Required `iss` of JWTs. @default not checked */
    issuer?: string;
    /** Required `aud` of JWTs. @default not checked */
    audience?: string;
    /** The JWT claim listing the workflows a token is limited to. @default 'troupe_workflows' */
    workflowsClaim?: string;
    /** Static (opaque) tokens, stored hashed. @default none */
    staticTokens?: StaticTokenEntry[];
    /** Accepted clock skew in seconds for `exp`/`nbf`. @default 30 */
    clockToleranceSec?: number;
}
/** Turns a presented bearer token into a {@link Principal} or throws UnauthenticatedError saying why. */
export interface TokenVerifier {
    verify(token: string): Promise<Principal>;
}
/** Hex SHA-256 of a token, as stored in the static tokens file. */
export declare function hashToken(token: string): string;
/** A new random static token (43 base64url characters after `troupe_`). */
export declare function generateToken(): string;
/** The token of an `authorization: Bearer <token>` header value, or undefined. */
export declare function bearerToken(header: string | undefined): string | undefined;
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
export declare function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier;
/**
 * Parses the static tokens file: JSON lines (one {@link StaticTokenEntry} per line,
 * `#` comments and blank lines allowed) or one JSON array. Throws naming the line.
 */
export declare function parseStaticTokens(text: string): StaticTokenEntry[];
