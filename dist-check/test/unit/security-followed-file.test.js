import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { followFile } from '../../src/sdk/security/followed-file.js';
import { readSecretFile } from '../../src/sdk/security/nats-files.js';
describe('followFile (credential files re-read on reconnect)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'troupe-follow-'));
    afterEach(() => rmSync(join(dir, 'secret'), { force: true }));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const setup = (text) => {
        const path = join(dir, 'secret');
        writeFileSync(path, text);
        let reads = 0;
        const value = followFile(path, () => {
            reads++;
            return readSecretFile('NATS_TOKEN_FILE', path);
        });
        return { path, value, reads: () => reads };
    };
    it('reads once at start and not again while the file is unchanged', () => {
        const { value, reads } = setup('token-1\n');
        expect(value()).toBe('token-1');
        expect(value()).toBe('token-1');
        expect(reads()).toBe(1);
    });
    it('takes a replaced file (rename over, as secret managers write) on the next call', () => {
        const { path, value } = setup('token-1\n');
        writeFileSync(`${path}.new`, 'token-2-longer\n');
        renameSync(`${path}.new`, path);
        expect(value()).toBe('token-2-longer');
    });
    it('keeps the last good value while the file is missing or empty, and reads it again later', () => {
        const { path, value } = setup('token-1\n');
        unlinkSync(path);
        expect(value()).toBe('token-1');
        writeFileSync(path, '');
        expect(value()).toBe('token-1');
        writeFileSync(path, 'token-3\n');
        expect(value()).toBe('token-3');
    });
    it('still stops start-up on a bad file', () => {
        expect(() => setup('')).toThrow(/NATS_TOKEN_FILE: .* is empty/);
    });
});
//# sourceMappingURL=security-followed-file.test.js.map