#!/usr/bin/env bash
# Installs Debian's redis-server for the BullMQ baseline of the bench (bench/peers/bullmq.mjs)
# when redis-server is not on PATH; does nothing when it is. The bench starts its own
# redis-server on a free loopback port: the package's service is never started (a policy-rc.d
# that refuses it is put in place for the install when the machine has none).
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is not installed and this is not root with apt-get: install it (apt-get install redis-server)" >&2
  exit 1
fi

policy=/usr/sbin/policy-rc.d
placed=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod +x "$policy"
  placed=1
fi
trap 'if [ -n "$placed" ]; then rm -f "$policy"; fi' EXIT

echo "installing redis-server (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends redis-server >/dev/null
command -v redis-server >/dev/null
