#!/usr/bin/env bash
# The demo from a fresh clone: installs what is missing, then runs `npm run demo`.
# Extra arguments go to `troupe demo` (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run demo -- "$@"
