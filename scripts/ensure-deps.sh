#!/usr/bin/env bash
# Installs what a fresh machine lacks: nats-server (Debian package) and the npm
# packages (npm ci, which also builds). Used by the demo script and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nats-server >/dev/null 2>&1 && [ -z "${NATS_URL:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing nats-server (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nats-server >/dev/null
  else
    echo "nats-server is not installed: install it (e.g. sudo apt-get install nats-server) or set NATS_URL" >&2
    exit 1
  fi
fi

# The browser test drives Debian's Chromium (no browser download). The Python example agent
# (and its tests) run in a venv with pinned PyPI packages (scripts/ensure-python.sh).
if [ "${1:-}" = "--ci" ]; then
  bash scripts/ensure-python.sh >/dev/null
  # The Go example agent: downloads its pinned modules and fills the build cache once, so its
  # integration test (which runs protogen + go build again) takes seconds.
  if command -v go >/dev/null 2>&1; then
    start=$(date +%s)
    (cd examples/go-agent && go run ./internal/protogen && go build -o bin/go-agent .)
    echo "go example agent built in $(( $(date +%s) - start ))s"
  fi
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ "${1:-}" = "--ci" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
