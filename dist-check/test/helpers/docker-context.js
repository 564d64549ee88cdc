// Reading a Dockerfile and its build context without a Docker engine, for the tests of
// deploy/docker (test/integration/deploy-image.int.test.ts). The .dockerignore matching is
// @balena/dockerignore's, which follows Docker's own rules (moby patternmatcher).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// CommonJS (`module.exports = factory`) whose typings declare a default export: load it as what it is.
const dockerignore = createRequire(import.meta.url)('@balena/dockerignore');
/** Parses a Dockerfile into stages (continuation lines joined, comments and directives dropped). */
export function parseDockerfile(text) {
    const logical = [];
    let current = '';
    for (const line of text.split('\n')) {
        if (/^\s*#/.test(line))
            continue;
        if (/\\\s*$/.test(line)) {
            current += line.replace(/\\\s*$/, ' ');
            continue;
        }
        current += line;
        if (current.trim())
            logical.push(current.trim());
        current = '';
    }
    if (current.trim())
        logical.push(current.trim());
    const args = [];
    const stages = [];
    for (const line of logical) {
        const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
        const words = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/).filter(Boolean);
        const flags = {};
        while (words[0]?.startsWith('--')) {
            const [name = '', value = 'true'] = (words.shift() ?? '').slice(2).split('=', 2);
            flags[name] = value;
        }
        const instruction = { keyword: keyword.toUpperCase(), flags, args: words, raw: rest };
        if (instruction.keyword === 'FROM') {
            const asIndex = words.findIndex((w) => w.toUpperCase() === 'AS');
            stages.push({ from: words[0] ?? '', name: asIndex > 0 ? words[asIndex + 1] : undefined, instructions: [] });
        }
        else if (stages.length === 0) {
            args.push(instruction);
        }
        else {
            stages[stages.length - 1]?.instructions.push(instruction);
        }
    }
    return { args, stages };
}
/** The ignore matcher of a .dockerignore text; `ignores(path)` takes a context-relative path. */
export function dockerignoreMatcher(text) {
    return dockerignore({ ignorecase: false }).add(text);
}
/**
 * Every file path (context-relative, `/`-separated) Docker would send as the build context of
 * `root` under `ignoreText`. A directory is not descended into when it is ignored and no
 * negated pattern could let something under it back in.
 */
export function buildContextFiles(root, ignoreText) {
    const ig = dockerignoreMatcher(ignoreText);
    const negations = ignoreText
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('!'))
        .map((l) => l.slice(1).replace(/^\/+/, '').replace(/\/+$/, ''));
    const mayReinclude = (dir) => negations.some((n) => n.startsWith(`${dir}/`) || n === dir || n.includes('*'));
    const files = [];
    const walk = (rel) => {
        for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (ig.ignores(path) && !mayReinclude(path))
                    continue;
                walk(path);
            }
            else if (!ig.ignores(path)) {
                files.push(path);
            }
        }
    };
    walk('');
    return files.sort();
}
/** Names and contents that look like secrets: keys, certificates' keys, tokens, env files, NATS seeds. */
export function secretLooking(root, path) {
    const name = path.split('/').pop() ?? path;
    if (/^\.env(\..*)?$/.test(name))
        return 'an env file';
    if (/\.(pem|key|p12|pfx|jks|creds|nk|token)$/.test(name))
        return `a ${name.split('.').pop()} file`;
    if (/^id_(rsa|ecdsa|ed25519)/.test(name))
        return 'an SSH key';
    const text = readFileSync(join(root, path)).subarray(0, 1024 * 1024).toString('latin1');
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
        return 'a PEM private key';
    if (/\bSU[A-Z2-7]{56}\b/.test(text))
        return 'a NATS NKey seed';
    if (text.includes('-----BEGIN NATS USER JWT-----'))
        return 'NATS credentials';
    return undefined;
}
//# sourceMappingURL=docker-context.js.map