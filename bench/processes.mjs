// Child processes for benchmarks: the orchestrator and agents, each in its own
// process as in production, all on 127.0.0.1.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/** Spawns a process and resolves with the first match of `pattern` in its output. */
export function spawnUntil(command, args, pattern, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not print ${pattern} in 20 s:\n${text}`));
    }, 20_000);
    const onData = (chunk) => {
      text += chunk;
      const m = text.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before ready:\n${text}`)));
  });
}

/** Starts `troupe <args>`; `nodeArgs` go before the script (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
export async function startTroupe(args, pattern, env = {}, nodeArgs = []) {
  const { child, match } = await spawnUntil(process.execPath, [...nodeArgs, CLI, ...args], pattern, { TROUPE_LOG_LEVEL: 'warn', ...env });
  return ownedChild(child, match);
}

/** `{ child, match, stop }`; the child is killed if the bench exits first (a bench that fails half-way leaves nothing running). */
function ownedChild(child, match) {
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  return {
    child,
    match,
    stop: () => {
      process.off('exit', onExit);
      return stopChild(child);
    },
  };
}

/** SIGTERM, resolved once the process has exited (at once when it already has). */
export function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node <script> <args>` (a peer's server side in bench/peers/); resolves with
 * `{ child, match, stop }` once its output matches `pattern`. Killed if the bench exits first.
 */
export async function startNode(script, args, pattern, env = {}) {
  const { child, match } = await spawnUntil(process.execPath, [script, ...args], pattern, env);
  return ownedChild(child, match);
}

/** Resolves with the time at which hold-agent.mjs printed `HOLD received <n>` (n ≥ target): that many tasks reached it. */
export function holdReceived(child, target) {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      for (const m of text.matchAll(/HOLD received (\d+)/g)) {
        if (Number(m[1]) >= target) {
          child.stdout.off('data', onData);
          resolve(performance.now());
          return;
        }
      }
      text = text.slice(text.lastIndexOf('\n') + 1);
    };
    child.stdout.on('data', onData);
  });
}

/** Resolves with `probe()`'s first truthy value (a throw counts as not yet), polling every `intervalMs`; throws after `timeoutMs`. */
export async function until(probe, { timeoutMs, what, intervalMs = 50 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until the orchestrator behind `client` lists an active instance serving `capability`. */
export function untilAgentActive(client, capability, timeoutMs = 10_000) {
  return until(async () => (await client.listAgents({ capability })).some((a) => a.state === 'active'), { timeoutMs, what: `an active agent serving ${capability}` });
}

/** Waits until `call()` succeeds (an orchestrator routes to the agent), trying every 25 ms for ~5 s; rethrows its last error. */
export async function untilRouted(call) {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch (err) {
      if (i > 200) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
