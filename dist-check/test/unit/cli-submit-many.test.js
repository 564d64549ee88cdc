import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/cli/submit-many.js';
describe('troupe task submit-many: reading a line', () => {
    it('reads a task object, keeping its id and applying defaults it does not override', () => {
        expect(parseLine('{"id":"a","capability":"echo.say","input":{"n":1},"priority":2}', { capability: undefined, timeoutMs: 500, priority: 4 })).toEqual({
            id: 'a',
            task: { capability: 'echo.say', input: { n: 1 }, priority: 2, timeoutMs: 500 },
        });
        expect(parseLine('{"capability":"x","id":7}', { capability: undefined })).toEqual({ id: '7', task: { capability: 'x' } });
    });
    it('with --capability, takes the whole line as the input', () => {
        expect(parseLine('[1,2]', { capability: 'echo.say' })).toEqual({ task: { capability: 'echo.say', input: [1, 2] } });
        expect(parseLine('"text"', { capability: 'echo.say', timeoutMs: 9 })).toEqual({ task: { capability: 'echo.say', input: 'text', timeoutMs: 9 } });
    });
    it('says what is wrong with a line that is not a task', () => {
        expect(parseLine('{"capability":', { capability: undefined })).toEqual({ error: expect.stringContaining('not JSON: the text ends too early') });
        expect(parseLine('[1]', { capability: undefined })).toEqual({ error: expect.stringContaining('--capability') });
        expect(parseLine('{"id":"q","input":1}', { capability: undefined })).toEqual({ id: 'q', error: '"capability" is required (a string)' });
        expect(parseLine('{"capability":"x","inptu":1}', { capability: undefined })).toEqual({ error: expect.stringContaining('unknown field(s) "inptu"') });
        expect(parseLine('{"capability":"x","timeoutMs":"5"}', { capability: undefined })).toEqual({ error: '"timeoutMs" must be a number' });
        expect(parseLine('{"capability":"x","idempotencyKey":5}', { capability: undefined })).toEqual({ error: '"idempotencyKey" must be a string' });
    });
});
//# sourceMappingURL=cli-submit-many.test.js.map