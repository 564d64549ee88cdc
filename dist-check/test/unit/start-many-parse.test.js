/** Bulk start input: a JSON Lines line (troupe run start-many) and an HTTP body item (POST /api/runs:bulk), each read or refused with a message that says what is wrong. */
import { describe, expect, it } from 'vitest';
import { parseRunLine } from '../../src/cli/start-many.js';
import { httpStartItem } from '../../src/orchestrator/api/http-bulk.js';
describe('troupe run start-many lines', () => {
    it('reads a run object, with defaults for what it does not set', () => {
        expect(parseRunLine('{"workflow":"w","input":{"a":1},"idempotencyKey":"k","priority":2}', { workflow: undefined, timeoutMs: 5000 })).toEqual({
            run: { workflow: 'w', input: { a: 1 }, idempotencyKey: 'k', priority: 2, timeoutMs: 5000 },
        });
        expect(parseRunLine('[1,2]', { workflow: 'w' })).toEqual({ run: { workflow: 'w', input: [1, 2] } });
    });
    it('refuses what is not a run, naming the problem', () => {
        expect(parseRunLine('{nope', { workflow: undefined })).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
        expect(parseRunLine('"text"', { workflow: undefined })).toMatchObject({ error: expect.stringMatching(/must be a run object/) });
        expect(parseRunLine('{"workflow":"w","colour":1}', { workflow: undefined })).toMatchObject({ error: expect.stringMatching(/unknown field\(s\) "colour"/) });
        expect(parseRunLine('{"input":{}}', { workflow: undefined })).toEqual({ error: '"workflow" is required (a string)' });
        expect(parseRunLine('{"workflow":"w","priority":1.5}', { workflow: undefined })).toEqual({ error: '"priority" must be a whole number' });
        expect(parseRunLine('{"workflow":"w","idempotencyKey":7}', { workflow: undefined })).toEqual({ error: '"idempotencyKey" must be a string' });
    });
});
describe('POST /api/runs:bulk items', () => {
    it('reads an item as POST /api/runs takes it', () => {
        expect(httpStartItem({ workflow: 'w', input: { a: 1 }, callback_url: 'https://x.test/cb', priority: 1 })).toEqual({
            workflow: 'w', input: { a: 1 }, idempotencyKey: '', priority: 1, timeoutMs: 0, callbackUrl: 'https://x.test/cb', callbackSecretId: undefined,
        });
        expect(httpStartItem({ workflow: 'w' }).input).toEqual({});
    });
    it('refuses a bad item with INVALID_ARGUMENT', () => {
        const bads = [null, 'w', [1], { input: {} }, { workflow: 'w', extra: 1 }, { workflow: 'w', priority: '1' }, { workflow: 'w', idempotencyKey: 1 }];
        for (const bad of bads) {
            expect(() => httpStartItem(bad)).toThrow(expect.objectContaining({ code: 3 }));
        }
    });
});
//# sourceMappingURL=start-many-parse.test.js.map