import { readFileSync, statSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { createTokenVerifier, parseStaticTokens, type TokenVerifier, type TokenVerifierOptions } from './tokens.js';

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
export function authEnabled(sources: TokenSources): boolean {
  return Boolean(sources.jwksFile || sources.jwksUrl || sources.publicKeyFile || sources.tokensFile);
}

/**
 * Reads the configured files once and builds a verifier; the local files (JWKS,
 * public key, tokens) are read again when their modification time changes (checked
 * at most every `recheckMs`), so keys and tokens rotate without a restart.
 * Throws naming the file that cannot be read.
 */
export function loadTokenVerifier(sources: TokenSources, recheckMs = 2000): TokenVerifier {
  const files = [sources.jwksFile, sources.publicKeyFile, sources.tokensFile].filter((f): f is string => Boolean(f));
  const mtimes = (): string => files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0).join(',');
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

function build(sources: TokenSources): TokenVerifier {
  const options: TokenVerifierOptions = { issuer: sources.issuer, audience: sources.audience, jwksUrl: sources.jwksUrl };
  if (sources.jwksFile) options.jwks = readJson(sources.jwksFile, 'JWKS') as JSONWebKeySet;
  if (sources.publicKeyFile) options.publicKeyPem = read(sources.publicKeyFile, 'public key');
  if (sources.tokensFile) {
    try {
      options.staticTokens = parseStaticTokens(read(sources.tokensFile, 'tokens'));
    } catch (err) {
      throw new Error(`tokens file ${sources.tokensFile}: ${(err as Error).message}`, { cause: err });
    }
  }
  return createTokenVerifier(options);
}

function read(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the ${what} file ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function readJson(file: string, what: string): unknown {
  const text = read(file, what);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`the ${what} file ${file} is not JSON: ${(err as Error).message}`, { cause: err });
  }
}
