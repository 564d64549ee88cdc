import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashToken } from '../../src/sdk/security/tokens.js';

/** One caller of a static tokens file (docs/security.md): its token is stored hashed. */
export interface TokenEntry {
  readonly name: string;
  readonly token: string;
  readonly scopes: string;
  readonly workflows?: readonly string[];
}

/** Writes `tokens.jsonl` (TROUPE_AUTH_TOKENS_FILE) into `dir`, one line per entry, and returns its path. */
export async function writeTokensFile(dir: string, entries: readonly TokenEntry[]): Promise<string> {
  const path = join(dir, 'tokens.jsonl');
  await writeFile(path, entries.map(({ token, ...rest }) => JSON.stringify({ ...rest, sha256: hashToken(token) })).join('\n'));
  return path;
}
