import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A `troupe` child process started by the demo. */
export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** The match of the readiness pattern. */
  readonly ready: RegExpMatchArray;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<void>;
}

const CLI = fileURLToPath(new URL('../main.js', import.meta.url));

/**
 * Starts `troupe <args>` as a child process and resolves once its output matches
 * `ready`. Its output is kept (and shown if it fails to start); the child's logs go
 * to `log` when given.
 */
export function startChild(name: string, args: string[], ready: RegExp, env: Record<string, string | undefined>, log?: (line: string) => void): Promise<Child> {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within 30 s:\n${text}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      const s = chunk.toString('utf8');
      if (log) for (const line of s.split('\n')) if (line) log(`[${name}] ${line}`);
      text += s;
      const match = text.match(ready);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({ name, process: child, ready: match, stop: (graceMs) => stopChild(child, graceMs) });
      }
    };
    const onExit = (code: number | null): void => fail(new Error(`${name} exited with ${code} before it was ready:\n${text}`));
    const fail = (err: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
