import { describe, expect, it } from 'vitest';
import { DEFAULT_ORCHESTRATOR, parseCommandArgs, parseIntegerFlag, parseJsonFlag, resolveOrchestrator, splitGlobalArgs, } from '../../src/cli/args.js';
import { HelpRequested, UsageError } from '../../src/cli/errors.js';
describe('splitGlobalArgs', () => {
    it('takes global options before the command and leaves the rest', () => {
        expect(splitGlobalArgs(['--orchestrator', 'h:1', 'task', 'echo', '--input', '{}'])).toEqual({ orchestrator: 'h:1', help: false, version: false, rest: ['task', 'echo', '--input', '{}'] });
        expect(splitGlobalArgs(['--orchestrator=h:2', '-h'])).toEqual({ orchestrator: 'h:2', help: true, version: false, rest: [] });
    });
    it('rejects an unknown global option and a missing value, naming the flag', () => {
        expect(() => splitGlobalArgs(['--bogus', 'agents'])).toThrow(/--bogus/);
        expect(() => splitGlobalArgs(['--orchestrator'])).toThrow(UsageError);
        expect(() => splitGlobalArgs(['--orchestrator', '--help'])).toThrow(/--orchestrator/);
    });
});
describe('resolveOrchestrator', () => {
    it('prefers the flag, then TROUPE_ORCHESTRATOR, then the default', () => {
        expect(resolveOrchestrator('a:1', { TROUPE_ORCHESTRATOR: 'b:2' })).toBe('a:1');
        expect(resolveOrchestrator(undefined, { TROUPE_ORCHESTRATOR: 'b:2' })).toBe('b:2');
        expect(resolveOrchestrator(undefined, { TROUPE_ORCHESTRATOR: ' ' })).toBe(DEFAULT_ORCHESTRATOR);
        expect(resolveOrchestrator(undefined, {})).toBe('127.0.0.1:7600');
    });
    it('rejects an empty address', () => {
        expect(() => resolveOrchestrator('', {})).toThrow(/--orchestrator/);
    });
});
describe('parseCommandArgs', () => {
    const options = { input: { type: 'string' }, stream: { type: 'boolean' } };
    it('parses command options plus --orchestrator anywhere', () => {
        const { values, positionals } = parseCommandArgs(['echo', '--stream', '--input', '{"a":1}', '--orchestrator', 'x:1'], options);
        expect(values).toMatchObject({ stream: true, input: '{"a":1}', orchestrator: 'x:1' });
        expect(positionals).toEqual(['echo']);
    });
    it('turns unknown flags and missing values into UsageError naming the flag', () => {
        expect(() => parseCommandArgs(['--nope'], options)).toThrow(UsageError);
        expect(() => parseCommandArgs(['--nope'], options)).toThrow(/--nope/);
        expect(() => parseCommandArgs(['--input'], options)).toThrow(/--input/);
        expect(() => parseCommandArgs(['--stream=yes'], options)).toThrow(/--stream/);
    });
    it('signals --help and -h', () => {
        expect(() => parseCommandArgs(['x', '--help'], options)).toThrow(HelpRequested);
        expect(() => parseCommandArgs(['-h'], options)).toThrow(HelpRequested);
    });
});
describe('flag validation', () => {
    it('parses JSON or names the flag', () => {
        expect(parseJsonFlag('--input', '{"a":[1,null]}')).toEqual({ a: [1, null] });
        expect(() => parseJsonFlag('--input', '{a:1}')).toThrow(/^--input is not valid JSON/);
        expect(() => parseJsonFlag('--input', '{"a":1,\n "b" 2}')).toThrow(/^--input is not valid JSON: Unexpected number at line 2, column 6$/);
        expect(() => parseJsonFlag('--input', '{"a": [1,\n')).toThrow(/^--input is not valid JSON: the text ends too early, at line 1, column 10$/);
    });
    it('accepts integers in range only', () => {
        expect(parseIntegerFlag('--priority', '1', { min: 1, max: 5 })).toBe(1);
        expect(parseIntegerFlag('--priority', ' 5 ', { min: 1, max: 5 })).toBe(5);
        for (const bad of ['0', '6', '2.5', 'high', '', '1e1', '-1']) {
            expect(() => parseIntegerFlag('--priority', bad, { min: 1, max: 5 })).toThrow(/--priority must be an integer from 1 to 5/);
        }
    });
});
//# sourceMappingURL=cli-args.test.js.map