import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// scripts/lint-proto.sh runs the real buf (npm @bufbuild/buf, pinned in the script) against the last
// v* tag, else HEAD~1. Each case runs it in a throw-away git repository holding a copy of proto/.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const exec = promisify(execFile);
const env = { ...process.env, npm_config_cache: join(homedir(), '.npm'), npm_config_update_notifier: 'false', GIT_CONFIG_NOSYSTEM: '1' };
const COMMON = join('proto', 'troupe', 'v1', 'common.proto');
async function git(cwd, ...args) {
    return (await exec('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd, env })).stdout;
}
/** Runs the script in `repo`: exit code and both streams. */
async function lintProto(repo) {
    try {
        const { stdout, stderr } = await exec('bash', [join(repo, 'scripts', 'lint-proto.sh')], { cwd: repo, env });
        return { code: 0, output: stdout + stderr };
    }
    catch (err) {
        const e = err;
        return { code: typeof e.code === 'number' ? e.code : -1, output: (e.stdout ?? '') + (e.stderr ?? '') };
    }
}
describe('scripts/lint-proto.sh: buf breaking against the last release tag, else the previous commit', () => {
    let work;
    let repo;
    let original;
    beforeAll(async () => {
        work = await mkdtemp(join(tmpdir(), 'troupe-lint-proto-'));
        repo = join(work, 'repo');
        await mkdir(join(repo, 'scripts'), { recursive: true });
        await cp(join(ROOT, 'proto'), join(repo, 'proto'), { recursive: true });
        await cp(join(ROOT, 'scripts', 'lint-proto.sh'), join(repo, 'scripts', 'lint-proto.sh'));
        original = await readFile(join(repo, COMMON), 'utf8');
        await git(repo, 'init', '-q', '-b', 'main');
        await git(repo, 'add', '.');
        await git(repo, 'commit', '-q', '-m', 'protos');
    });
    afterAll(async () => {
        if (work)
            await rm(work, { recursive: true, force: true });
    });
    it('with one commit and no tag: lints, says clearly that the comparison is skipped, and passes', async () => {
        const r = await lintProto(repo);
        expect(r.output).toMatch(/notice: buf breaking skipped: no v\* release tag and only one commit/);
        expect(r.output).toContain('proto lint ok');
        expect(r.code).toBe(0);
    });
    it('fails on a renumbered field, compared with the previous commit, with buf\'s message', async () => {
        const broken = original.replace(/(\n\s+string name = )1;/, '$199;');
        expect(broken).not.toBe(original);
        await writeFile(join(repo, COMMON), broken);
        await git(repo, 'commit', '-q', '-am', 'renumber a field');
        const r = await lintProto(repo);
        expect(r.output).toContain('buf breaking against HEAD~1');
        expect(r.output).toMatch(/troupe\/v1\/common\.proto:\d+:\d+:.*"1".*name.*/);
        expect(r.output).not.toContain('proto lint ok');
        expect(r.code).not.toBe(0);
    });
    it('prefers the last v* tag: a harmless commit on top of the break still fails against the release', async () => {
        await git(repo, 'tag', 'v0.1.0', 'HEAD~1');
        await writeFile(join(repo, COMMON), `${await readFile(join(repo, COMMON), 'utf8')}// a comment is compatible\n`);
        await git(repo, 'commit', '-q', '-am', 'a comment');
        const r = await lintProto(repo);
        expect(r.output).toContain('buf breaking against v0.1.0 (the last release tag)');
        expect(r.output).toMatch(/troupe\/v1\/common\.proto:\d+:\d+:/);
        expect(r.code).not.toBe(0);
        // Released with the break (a new major, say): later compatible commits pass against it.
        await git(repo, 'tag', 'v2.0.0');
        await writeFile(join(repo, COMMON), `${await readFile(join(repo, COMMON), 'utf8')}// another comment\n`);
        await git(repo, 'commit', '-q', '-am', 'another comment');
        const ok = await lintProto(repo);
        expect(ok.output).toContain('buf breaking against v2.0.0');
        expect(ok.code).toBe(0);
    });
    it('in a shallow clone without tags: skips only the comparison, with a notice saying so', async () => {
        const shallow = join(work, 'shallow');
        await git(work, 'clone', '-q', '--depth=1', '--no-tags', `file://${repo}`, shallow);
        const r = await lintProto(shallow);
        expect(r.output).toMatch(/notice: buf breaking skipped: this is a shallow clone/);
        expect(r.output).toContain('proto lint ok');
        expect(r.code).toBe(0);
    });
});
//# sourceMappingURL=lint-proto.int.test.js.map