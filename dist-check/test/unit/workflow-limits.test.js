import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION_LIMITS, DefinitionError, ExpressionError, loadDefinition, parseDefinitionText, parseExpression, validateDefinition, } from '../../src/orchestrator/workflow/definition/index.js';
import { MAX_ERROR_MESSAGE_CHARS, Status, TroupeError } from '../../src/sdk/index.js';
/** The error `fn` throws, with how long it took; fails the test when it does not throw. */
function thrown(fn) {
    const started = performance.now();
    try {
        fn();
    }
    catch (err) {
        if (!TroupeError.is(err))
            throw err;
        return { err, ms: performance.now() - started };
    }
    throw new Error('expected it to throw');
}
const step = (input) => `name: deep\nsteps:\n  - id: a\n    capability: echo.say\n    input: ${input}\n`;
describe('workflow definition limits', () => {
    it('refuses deep nesting quickly with a short message naming the limit, whatever the syntax', () => {
        const n = 100_000;
        const texts = {
            'JSON lists': `{"name":"x","steps":[{"id":"a","capability":"c","input":${'['.repeat(n)}${']'.repeat(n)}}]}`,
            'unclosed flow maps': `name: x\nsteps: ${'{a: '.repeat(n / 2)}`,
            'block sequences': `name: x\nsteps:\n${'- '.repeat(n)}x`,
            'indented maps': Array.from({ length: 600 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
        };
        for (const [what, text] of Object.entries(texts)) {
            const { err, ms } = thrown(() => parseDefinitionText(text));
            expect(err.code, what).toBe(Status.INVALID_ARGUMENT);
            expect(err.message, what).toContain('deeper than 32 levels (the limit, workflowMaxDepth)');
            expect(err.message.length, what).toBeLessThan(300);
            expect(ms, what).toBeLessThan(1000);
        }
    });
    it('accepts a step input nested up to the limit and refuses one level more', () => {
        // The definition is level 1, steps 2, the step 3, its input 4.
        const nested = (levels) => '['.repeat(levels) + ']'.repeat(levels);
        expect(validateDefinition(parseDefinitionText(step(nested(29)))).ok).toBe(true);
        expect(thrown(() => parseDefinitionText(step(nested(30)))).err.message).toContain('workflowMaxDepth');
        // Data given as an object (from the store) is held to the same bound.
        const deep = JSON.parse(`{"name":"x","steps":[{"id":"a","capability":"c","input":${nested(30)}}]}`);
        expect(validateDefinition(deep)).toMatchObject({ ok: false, problems: [expect.stringContaining('workflowMaxDepth')] });
    });
    it('counts the nesting aliases add, and refuses an alias bomb', () => {
        const chain = ['a0: &a0 [x]', ...Array.from({ length: 33 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join('\n');
        // Whichever bound the yaml library meets first: its alias budget or our depth.
        expect(thrown(() => parseDefinitionText(`name: x\n${chain}\nsteps: []`)).err.message).toMatch(/workflowMaxDepth|alias/);
        const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
        const { err, ms } = thrown(() => parseDefinitionText(`name: x\n${bomb}\nsteps: []`));
        expect(err.code).toBe(Status.INVALID_ARGUMENT);
        expect(err.message).toContain('alias');
        expect(ms).toBeLessThan(1000);
    });
    it('refuses nesting that only aliases make, within the alias budget', () => {
        // Five short lines (two levels each as written) whose aliases resolve six levels deep.
        const chain = ['a0: &a0 [x]', ...Array.from({ length: 4 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join('\n');
        const text = `name: x\n${chain}\nsteps: []`;
        expect(thrown(() => parseDefinitionText(text, { ...DEFAULT_DEFINITION_LIMITS, maxDepth: 4 })).err.message).toContain('definition: nests lists and objects deeper than 4 levels (the limit, workflowMaxDepth)');
        expect(parseDefinitionText(text, { ...DEFAULT_DEFINITION_LIMITS, maxDepth: 6 })).toMatchObject({ name: 'x' });
    });
    it('refuses a definition over the byte limit with RESOURCE_EXHAUSTED before parsing it', () => {
        const text = `name: big\ndescription: "${'é'.repeat(DEFAULT_DEFINITION_LIMITS.maxBytes / 2)}"\nsteps: [{ id: a, capability: c }]`;
        const { err } = thrown(() => parseDefinitionText(text));
        expect(err.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(err.message).toMatch(/is \d+ bytes; the limit \(workflowMaxBytes\) is 262144 bytes/);
        expect(err.retryable).toBe(false);
        expect(() => parseDefinitionText(text, { ...DEFAULT_DEFINITION_LIMITS, maxBytes: 1024 * 1024 })).not.toThrow();
    });
    it('refuses more steps than the limit, naming it', () => {
        const steps = Array.from({ length: 501 }, (_, i) => ({ id: `s${i}`, capability: 'c' }));
        expect(validateDefinition({ name: 'many', steps })).toEqual({ ok: false, problems: ['steps: 501 steps; the limit (workflowMaxSteps) is 500'] });
        expect(validateDefinition({ name: 'many', steps: steps.slice(0, 500) }).ok).toBe(true);
    });
    it('keeps the message of a text with thousands of syntax errors short', () => {
        for (const text of [`name: x\nsteps: ${'[a, '.repeat(30)}`, `name: x\nsteps: ${'{a: "b" "c" '.repeat(2000)}`, `{"name":"x","steps":[${'"a" "b" '.repeat(5000)}]}`]) {
            const { err, ms } = thrown(() => parseDefinitionText(text));
            expect(err.code).toBe(Status.INVALID_ARGUMENT);
            expect(err.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS);
            expect(ms).toBeLessThan(3000); // the yaml library composes ~10,000 errors a second here
        }
        const many = Array.from({ length: 300 }, (_, i) => ({ id: `S${i}`, capability: 'c', oops: 'x'.repeat(1000) }));
        const { err } = thrown(() => loadDefinition({ name: 'x', steps: many }));
        expect(DefinitionError.is(err) && err.problems.length).toBeGreaterThan(300);
        expect(err.message).toContain('more problem(s)');
        expect(err.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 2000);
    });
    it('refuses expressions nested past the limit instead of overflowing the stack', () => {
        for (const source of ['('.repeat(10_000) + '1' + ')'.repeat(10_000), '!'.repeat(10_000) + 'true', `input${'.a'.repeat(10_000)}`, Array(10_000).fill('1').join(' + ')]) {
            const err = thrown(() => parseExpression(source)).err;
            expect(ExpressionError.is(err)).toBe(true);
            expect(err.message).toContain('nests deeper than 64 levels');
            expect(err.message.length).toBeLessThan(400);
        }
        expect(() => parseExpression('('.repeat(30) + '1' + ')'.repeat(30))).not.toThrow();
        const result = validateDefinition(parseDefinitionText(step(`"\${${'('.repeat(5000)}}"`)));
        expect(result).toMatchObject({ ok: false, problems: [expect.stringContaining('nests deeper than 64 levels')] });
    });
    it('refuses a step whose stream setting does not match its capability, naming the step', () => {
        const streaming = (capability) => ({ 'tts.say': true, 'echo.say': false })[capability];
        const text = [
            'name: mismatch',
            'steps:',
            '  - { id: speak, capability: tts.say }',
            '  - { id: shout, capability: echo.say, stream: true }',
            '  - { id: fine, capability: tts.say, stream: true, fallback: { capability: echo.say } }',
            '  - { id: unknown, capability: other.thing }',
        ].join('\n');
        const result = validateDefinition(parseDefinitionText(text), { streaming });
        expect(result).toEqual({
            ok: false,
            problems: [
                'steps[0]: step "speak" calls "tts.say", which streams its output; set stream: true on the step',
                'steps[1]: step "shout" sets stream: true but "echo.say" is unary (it answers once); remove stream: true',
                'steps[2].fallback: step "fine" sets stream: true but "echo.say" is unary (it answers once); remove stream: true',
            ],
        });
    });
});
//# sourceMappingURL=workflow-limits.test.js.map