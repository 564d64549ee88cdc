import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashToken } from '../../src/sdk/security/tokens.js';
/** Writes `tokens.jsonl` (TROUPE_AUTH_TOKENS_FILE) into `dir`, one line per entry, and returns its path. */
export async function writeTokensFile(dir, entries) {
    const path = join(dir, 'tokens.jsonl');
    await writeFile(path, entries.map(({ token, ...rest }) => JSON.stringify({ ...rest, sha256: hashToken(token) })).join('\n'));
    return path;
}
//# sourceMappingURL=tokens-file.js.map