import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/**
 * Starts `troupe <args>` from the built CLI (run `npm run build` first; `npm test` does).
 * Logs are quiet unless TROUPE_TEST_LOG is set.
 */
export function spawnTroupe(args, env = {}) {
    if (!existsSync(CLI))
        throw new Error(`${CLI} is missing: run \`npm run build\` before the integration tests`);
    return spawnWatched(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TROUPE_LOG_LEVEL: process.env.TROUPE_TEST_LOG ?? 'warn', ...env } });
}
/** Starts any command as a {@link TroupeProcess} (output lines can be awaited). */
export function spawnWatched(command, args, options) {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const streams = { stdout: '', stderr: '' };
    const waiters = new Set();
    const onData = (stream) => (chunk) => {
        const part = chunk.toString('utf8');
        text += part;
        streams[stream] += part;
        for (const wake of waiters)
            wake();
    };
    child.stdout?.on('data', onData('stdout'));
    child.stderr?.on('data', onData('stderr'));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
    // Each waitForLine in flight listens for 'exit' (and stops when it settles): a test may wait for
    // a dozen lines of one process at once, which is not a leak.
    child.setMaxListeners(0);
    return {
        child,
        exited,
        output: () => text,
        stdoutText: () => streams.stdout,
        stderrText: () => streams.stderr,
        kill: (signal = 'SIGTERM') => void child.kill(signal),
        waitForLine(pattern, timeoutMs = 10_000) {
            return new Promise((resolve, reject) => {
                const check = () => {
                    const match = text.match(pattern);
                    if (match) {
                        done();
                        resolve(match);
                    }
                };
                const timer = setTimeout(() => {
                    done();
                    reject(new Error(`timed out after ${timeoutMs}ms waiting for ${pattern} in output:\n${text}`));
                }, timeoutMs);
                const onExit = () => {
                    check();
                    done();
                    reject(new Error(`process exited before printing ${pattern}; output:\n${text}`));
                };
                const done = () => {
                    clearTimeout(timer);
                    waiters.delete(check);
                    child.off('exit', onExit);
                };
                waiters.add(check);
                child.once('exit', onExit);
                check();
            });
        },
    };
}
/** Starts `troupe agent <name>` and resolves with its instance id once it listens. */
export async function spawnAgent(name, natsUrl, env = {}) {
    const proc = spawnTroupe(['agent', name, '--nats', natsUrl], env);
    const match = await proc.waitForLine(/agent \S+ \((\S+)\) listening on/);
    return Object.assign(proc, { instanceId: match[1] ?? '' });
}
/**
 * Starts a durable `troupe orchestrator` process for crash, failover and outage tests:
 * instance id `instanceId` (so a restart resumes its runs), no HTTP endpoint, a quick
 * start-up discovery, heartbeats every 200 ms unless `env` says otherwise.
 */
export function spawnDurableOrchestrator(natsUrl, instanceId, env = {}) {
    return spawnTroupe(['orchestrator', '--nats', natsUrl, '--grpc-port', '0'], {
        TROUPE_INSTANCE_ID: instanceId,
        TROUPE_HTTP_PORT: '-1',
        TROUPE_HEARTBEAT_MS: '200',
        TROUPE_DISCOVERY_WAIT_MS: '300',
        TROUPE_DURABLE: 'true',
        ...env,
    });
}
/** The gRPC host:port an orchestrator process prints once it listens. */
export async function orchestratorAddress(proc) {
    const match = await proc.waitForLine(/orchestrator listening on (\S+)/, 20_000);
    return match[1] ?? '';
}
//# sourceMappingURL=processes.js.map