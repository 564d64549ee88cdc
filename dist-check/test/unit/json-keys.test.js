import { describe, expect, it } from 'vitest';
import { repeatedTopLevelKeys } from '../helpers/json-keys.js';
describe('repeatedTopLevelKeys', () => {
    it('finds keys repeated at the top level only', () => {
        expect(repeatedTopLevelKeys('{"a":1,"b":{"a":2},"a":3}')).toEqual(['a']);
        expect(repeatedTopLevelKeys('{"a":"x\\"a\\":","b":[{"a":1},{"a":2}],"c":"a"}')).toEqual([]);
        expect(repeatedTopLevelKeys('{"instance_id":"i","msg":"m","instance_id":"i"}\n')).toEqual(['instance_id']);
    });
});
//# sourceMappingURL=json-keys.test.js.map