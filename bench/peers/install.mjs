// Installs the peers' bench-only packages (this folder's package-lock.json) into
// bench/peers/node_modules when they are missing or older than the lock file, so
// that `npm run bench` works on a fresh machine. Quiet unless it fails.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LOCK = join(HERE, 'package-lock.json');
// npm's record of what it installed, written on every install.
const INSTALLED = join(HERE, 'node_modules', '.package-lock.json');

const upToDate = () => existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs >= statSync(LOCK).mtimeMs;

/** Resolves with `{ ok: true }`, or `{ ok: false, why }` when `npm ci` failed. */
export function installPeers() {
  if (upToDate()) return Promise.resolve({ ok: true });
  process.stderr.write('bench: installing the peers (npm ci in bench/peers) …\n');
  // --ignore-scripts: msgpackr-extract (BullMQ's) would otherwise try a native build; its prebuilt binary or the JS fallback serve.
  const args = ['ci', '--prefix', HERE, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  return new Promise((resolve) => {
    execFile('npm', args, { cwd: HERE, timeout: 300_000 }, (err, _stdout, stderr) => {
      if (!err) resolve({ ok: true });
      else resolve({ ok: false, why: `npm ci in bench/peers failed: ${(stderr || err.message).trim().split('\n').slice(-3).join(' ')}` });
    });
  });
}
