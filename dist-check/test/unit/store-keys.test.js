import { describe, expect, it } from 'vitest';
import { idFromKeyToken, keyToken } from '../../src/orchestrator/store/index.js';
const VALID_TOKEN = /^[-=\w]+$/; // a NATS KV key token without dots
describe('keyToken', () => {
    it('keeps plain ids and escapes everything else reversibly', () => {
        expect(keyToken('run-01_ab')).toBe('run-01_ab');
        for (const id of ['a.b', 'a b', '*', '>', 'ü', '', 'run/1', 'x'.repeat(201).slice(0, 140) + '.']) {
            const token = keyToken(id);
            expect(token).toMatch(VALID_TOKEN);
            expect(token.startsWith('=')).toBe(true);
            expect(idFromKeyToken(token)).toBe(id);
        }
    });
    it('hashes ids too long to escape, and tokens never collide across forms', () => {
        const long = 'é'.repeat(500);
        const token = keyToken(long);
        expect(token).toMatch(/^==[-\w]{43}$/);
        expect(idFromKeyToken(token)).toBeUndefined();
        expect(keyToken(`${long}x`)).not.toBe(token);
        expect(keyToken('x'.repeat(201))).toMatch(/^==/); // plain but too long
        const ids = ['a', '=a', 'YQ', '==', '=', 'a.b', 'YS5i'];
        expect(new Set(ids.map(keyToken)).size).toBe(ids.length);
    });
});
//# sourceMappingURL=store-keys.test.js.map