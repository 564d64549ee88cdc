import { describe, expect, it } from 'vitest';
import { AgentDefinitionError, defineAgent } from '../../src/sdk/index.js';
import { jsonPath, outputSchemaProblem, outputViolation } from '../../src/sdk/util/output-contract.js';
const schema = JSON.stringify({
    type: 'object',
    required: ['title', 'segments'],
    properties: { title: { type: 'string' }, segments: { type: 'array', items: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, ms: { type: 'integer', minimum: 0 } } } } },
});
describe('output contracts', () => {
    it('accepts a matching output', () => {
        expect(outputViolation(schema, { title: 't', segments: [{ text: 'a', ms: 3 }] })).toBeUndefined();
    });
    it('names the JSON path of each problem (at most three, then a count)', () => {
        expect(outputViolation(schema, { title: 't', segments: [{ text: 'a' }, { text: 3 }] })).toBe('$.segments[1].text: Invalid input: expected string, received number');
        expect(outputViolation(schema, { segments: [{ ms: -1 }] })).toMatch(/^\$\.title: .*; \$\.segments\[0\]\.text: .*; \$\.segments\[0\]\.ms: Too small/);
        const many = outputViolation(JSON.stringify({ type: 'array', items: { type: 'string' } }), [1, 2, 3, 4, 5]);
        expect(many).toMatch(/\(and 2 more\)$/);
        expect(outputViolation(schema, null)).toMatch(/^\$: /);
    });
    it('writes paths as JSONPath, quoting keys that are not identifiers', () => {
        expect(jsonPath([])).toBe('$');
        expect(jsonPath(['a', 0, 'b c', 'd'])).toBe('$.a[0]["b c"].d');
    });
    it('reports a schema it cannot use, and fails outputs against it instead of letting them through', () => {
        expect(outputSchemaProblem('{"type":"nonsense"}')).toMatch(/not a usable JSON Schema: Unsupported type: nonsense/);
        expect(outputSchemaProblem('not json')).toMatch(/not a usable JSON Schema/);
        expect(outputSchemaProblem('[1]')).toMatch(/a JSON Schema is an object/);
        expect(outputSchemaProblem(JSON.stringify({ type: 'string', description: 'x'.repeat(70_000) }))).toMatch(/over the 65536 allowed/);
        expect(outputViolation('{"type":"nonsense"}', 1)).toMatch(/^the declared output schema is not a usable JSON Schema/);
    });
});
describe('defineAgent outputSchema', () => {
    const define = (cap, handler = () => 1) => defineAgent({ name: 'c', version: '1.0.0', capabilities: [{ name: 'c.x', ...cap }], handlers: { 'c.x': handler } });
    it('sends the schema as JSON text in the descriptor ("" without one)', () => {
        expect(define({ outputSchema: { type: 'number' } }).capabilities[0]?.outputSchema).toBe('{"type":"number"}');
        expect(define({}).capabilities[0]?.outputSchema).toBe('');
    });
    it('refuses a schema zod cannot read, a non-object, and one on a streaming capability', () => {
        expect(() => define({ outputSchema: { type: 'nonsense' } })).toThrow(AgentDefinitionError);
        expect(() => define({ outputSchema: { type: 'nonsense' } })).toThrow(/capabilities\[0\]\.outputSchema.*Unsupported type/);
        expect(() => define({ outputSchema: 'string' })).toThrow(/must be a JSON Schema object/);
        expect(() => define({ streaming: true, outputSchema: { type: 'object' } }, async function* () {
            yield { type: 'progress', fraction: 1 };
        })).toThrow(/unary capabilities only/);
    });
});
//# sourceMappingURL=output-contract.test.js.map