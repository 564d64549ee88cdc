#!/usr/bin/env node
// HEALTHCHECK of the Troupe image (deploy/docker/Dockerfile), for every role the image runs:
//
//   TROUPE_HEALTHCHECK=<http(s) URL>   GET it; healthy on 2xx.
//   TROUPE_HEALTHCHECK=none            always healthy (one-shot CLI containers).
//   TROUPE_HEALTHCHECK unset:
//     an agent (TROUPE_AGENT_PORT set)  TCP connect to 127.0.0.1:TROUPE_AGENT_PORT. Agents serve
//                                       grpc.health.v1, but behind mTLS with the orchestrators' CA,
//                                       whose key an agent container must not hold; an accepted
//                                       connection proves the server is listening.
//     the orchestrator (otherwise)      GET http://127.0.0.1:${TROUPE_HTTP_PORT:-7601}/healthz
//                                       (open without a token, see docs/security.md); https:// when
//                                       the orchestrator serves HTTPS (TROUPE_TLS_CERT set and
//                                       TROUPE_HTTP_TLS not false). The certificate is not verified:
//                                       this is the container's own process on loopback, and the
//                                       certificate need not name 127.0.0.1.
// Exits 0 when healthy, 1 otherwise, within TROUPE_HEALTHCHECK_TIMEOUT_MS (default 3000).
import { get } from 'node:https';
import { connect } from 'node:net';

const env = process.env;
const timeoutMs = Number(env.TROUPE_HEALTHCHECK_TIMEOUT_MS ?? 3000);
const mode = env.TROUPE_HEALTHCHECK ?? '';

function done(ok, why) {
  if (!ok) process.stderr.write(`unhealthy: ${why}\n`);
  process.exit(ok ? 0 : 1);
}

async function httpCheck(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    done(res.ok, `GET ${url} answered ${res.status}`);
  } catch (err) {
    done(false, `GET ${url}: ${err.message}`);
  }
}

function httpsLoopbackCheck(url) {
  const req = get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
    res.resume();
    done(res.statusCode >= 200 && res.statusCode < 300, `GET ${url} answered ${res.statusCode}`);
  });
  req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
  req.on('error', (err) => done(false, `GET ${url}: ${err.message}`));
}

function tcpCheck(port) {
  const socket = connect({ host: '127.0.0.1', port });
  socket.setTimeout(timeoutMs, () => done(false, `127.0.0.1:${port}: no connection within ${timeoutMs} ms`));
  socket.once('connect', () => {
    socket.destroy();
    done(true);
  });
  socket.once('error', (err) => done(false, `127.0.0.1:${port}: ${err.message}`));
}

if (mode === 'none') done(true);
else if (/^https?:\/\//.test(mode)) await httpCheck(mode);
else if (mode !== '') done(false, `TROUPE_HEALTHCHECK must be an http(s) URL or "none", got "${mode}"`);
else if (env.TROUPE_AGENT_PORT) tcpCheck(Number(env.TROUPE_AGENT_PORT));
else if (env.TROUPE_TLS_CERT && !/^(false|0|no|off)$/i.test(env.TROUPE_HTTP_TLS ?? '')) httpsLoopbackCheck(`https://127.0.0.1:${env.TROUPE_HTTP_PORT || 7601}/healthz`);
else await httpCheck(`http://127.0.0.1:${env.TROUPE_HTTP_PORT || 7601}/healthz`);
