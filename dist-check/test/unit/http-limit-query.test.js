import { describe, expect, it } from 'vitest';
import { limitQuery } from '../../src/orchestrator/api/http-runs.js';
import { Status } from '../../src/sdk/errors.js';
describe('limitQuery: the ?limit= of the HTTP list routes', () => {
    it('is undefined when absent or empty, so the route picks its default', () => {
        expect(limitQuery(null, 100)).toBeUndefined();
        expect(limitQuery('', 100)).toBeUndefined();
    });
    it('takes a whole number from 1 to the maximum', () => {
        expect(limitQuery('1', 100)).toBe(1);
        expect(limitQuery('100', 100)).toBe(100);
    });
    it.each(['0', '101', '-1', '1.5', '1e2', ' 5', 'abc', '0x10'])('refuses %j with INVALID_ARGUMENT naming the range', (raw) => {
        expect(() => limitQuery(raw, 100)).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: expect.stringContaining('limit must be a whole number from 1 to 100') }));
    });
    it('quotes at most 20 characters of what it refused', () => {
        expect(() => limitQuery('9'.repeat(5000), 100)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('9'.repeat(21)) }));
    });
});
//# sourceMappingURL=http-limit-query.test.js.map