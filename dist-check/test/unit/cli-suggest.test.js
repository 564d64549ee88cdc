import { describe, expect, it } from 'vitest';
import { parseCommandArgs, splitGlobalArgs } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';
import { didYouMean, suggest } from '../../src/cli/suggest.js';
import { editDistance } from '../../src/sdk/util/edit-distance.js';
import { packageVersion } from '../../src/cli/version.js';
function capture() {
    return {
        text: '',
        write(s) {
            this.text += s;
        },
    };
}
describe('editDistance', () => {
    it.each([
        ['', '', 0],
        ['agent', 'agent', 0],
        ['agent', 'agnet', 1], // swap of two neighbours
        ['agent', 'agents', 1],
        ['port', 'prot', 1],
        ['kitten', 'sitting', 3],
        ['', 'abc', 3],
    ])('%s → %s is %i', (a, b, d) => {
        expect(editDistance(a, b)).toBe(d);
        expect(editDistance(b, a)).toBe(d);
    });
});
describe('suggest', () => {
    const commands = ['agent', 'agents', 'audit', 'announce', 'run', 'runs', 'task', 'workflow', 'workflows'];
    it('picks the closest known word within two edits', () => {
        expect(suggest('agnet', commands)).toBe('agent');
        expect(suggest('tsak', commands)).toBe('task');
        expect(suggest('workflwo', commands)).toBe('workflow');
        expect(suggest('rnus', commands)).toBe('runs');
        expect(suggest('--prot', ['--port', '--nats'])).toBe('--port');
        expect(suggest('--NATS', ['--port', '--nats'])).toBe('--nats');
    });
    it('says nothing when nothing is close, or the word is too short to guess', () => {
        expect(suggest('frobnicate', commands)).toBeUndefined();
        expect(suggest('zz', commands)).toBeUndefined();
        expect(suggest('', commands)).toBeUndefined();
        expect(suggest('--', ['--nats'])).toBeUndefined();
        expect(didYouMean('frobnicate', commands)).toBe('');
        expect(didYouMean('tsak', commands)).toBe(" (did you mean 'task'?)");
    });
});
describe('did-you-mean in the CLI', () => {
    it('suggests a command flag and a global flag', () => {
        expect(() => parseCommandArgs(['--natz', 'x'], { nats: { type: 'string' } })).toThrow(/Unknown option '--natz' \(did you mean '--nats'\?\)/);
        expect(() => splitGlobalArgs(['--orchestratr', 'h:1', 'agents'])).toThrow(/unknown option '--orchestratr' \(did you mean '--orchestrator'\?\)/);
        expect(() => splitGlobalArgs(['--verison'])).toThrow(/did you mean '--version'/);
    });
    it('exits 2 with a suggestion for a misspelt command, in `troupe X` and `troupe help X`', async () => {
        for (const argv of [['agnet', 'echo'], ['help', 'agnet']]) {
            const stdout = capture();
            const stderr = capture();
            expect(await main(argv, { stdout, stderr, env: {} })).toBe(2);
            expect(stderr.text).toMatch(/^error: unknown command 'agnet' \(did you mean 'agent'\?\)\n/);
        }
    });
    it('exits 2 with a suggestion for a misspelt flag of a command', async () => {
        const stderr = capture();
        expect(await main(['agent', 'echo', '--prot', '0'], { stdout: capture(), stderr, env: {} })).toBe(2);
        expect(stderr.text).toMatch(/Unknown option '--prot' \(did you mean '--port'\?\)/);
    });
    it('prints the package version for --version and -V, exit 0', async () => {
        expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
        for (const flag of ['--version', '-V']) {
            const stdout = capture();
            expect(await main([flag], { stdout, stderr: capture(), env: {} })).toBe(0);
            expect(stdout.text).toBe(`${packageVersion()}\n`);
        }
    });
});
//# sourceMappingURL=cli-suggest.test.js.map