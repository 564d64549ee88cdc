// A throw-away redis-server for the BullMQ baseline: Debian's package (installed by
// scripts/ensure-redis.sh when missing), on a free loopback port, AOF on with fsync every
// second (what a durable BullMQ deployment runs), RDB snapshots off, in a temp dir that
// is removed on stop and on exit.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnUntil, stopChild } from '../processes.mjs';

const ENSURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'ensure-redis.sh');

/** Runs scripts/ensure-redis.sh: `{ ok: true }`, or `{ ok: false, why }` when redis-server is missing and cannot be installed. */
export function ensureRedis() {
  return new Promise((resolve) => {
    execFile('bash', [ENSURE], { timeout: 600_000 }, (err, _stdout, stderr) => {
      if (!err) resolve({ ok: true });
      else resolve({ ok: false, why: (stderr || err.message).trim().split('\n').at(-1) });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts redis-server; resolves with `{ port, pid, stop }`. */
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'troupe-bench-redis-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let started;
  // A port found free can be taken before redis binds it: try another.
  for (let attempt = 1; !started; attempt++) {
    const port = await freePort();
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no', '--save', '',
      '--appendonly', 'yes', '--appendfsync', 'everysec', '--logfile', ''];
    try {
      const { child } = await spawnUntil('redis-server', args, /Ready to accept connections/);
      started = { child, port };
    } catch (err) {
      if (attempt >= 3 || !/Address already in use/.test(err.message)) {
        removeDir();
        throw err;
      }
    }
  }
  const { child, port } = started;
  const onExit = () => {
    child.kill('SIGKILL');
    removeDir();
  };
  process.once('exit', onExit);
  return {
    port,
    pid: child.pid,
    async stop() {
      process.off('exit', onExit);
      await stopChild(child);
      removeDir();
    },
  };
}
