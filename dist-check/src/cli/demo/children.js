import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const CLI = fileURLToPath(new URL('../main.js', import.meta.url));
/**
 * Starts `troupe <args>` as a child process and resolves once its output matches
 * `ready`. Its output is kept (and shown if it fails to start); the child's logs go
 * to `log` when given.
 */
export function startChild(name, args, ready, env, log) {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => fail(new Error(`${name} did not start within 30 s:\n${text}`)), 30_000);
        const onData = (chunk) => {
            const s = chunk.toString('utf8');
            if (log)
                for (const line of s.split('\n'))
                    if (line)
                        log(`[${name}] ${line}`);
            text += s;
            const match = text.match(ready);
            if (match) {
                clearTimeout(timer);
                child.off('exit', onExit);
                resolve({ name, process: child, ready: match, stop: (graceMs) => stopChild(child, graceMs) });
            }
        };
        const onExit = (code) => fail(new Error(`${name} exited with ${code} before it was ready:\n${text}`));
        const fail = (err) => {
            clearTimeout(timer);
            child.kill('SIGKILL');
            reject(err);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', onExit);
    });
}
function stopChild(child, graceMs = 10_000) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
            clearTimeout(timer);
            resolve();
        });
        child.kill('SIGTERM');
    });
}
//# sourceMappingURL=children.js.map