#!/usr/bin/env bash
# buf lint (STANDARD rules) and, where a main branch exists, buf breaking against it.
# buf runs through `npm exec` rather than from devDependencies: its per-platform
# binary packages are optional dependencies that not every registry mirror serves,
# which leaves a lock file `npm ci` refuses. The version is pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."
BUF_VERSION=1.75.0
buf() { npm exec --yes --package="@bufbuild/buf@${BUF_VERSION}" -- buf "$@"; }
buf lint proto
if git rev-parse --verify --quiet main >/dev/null 2>&1; then
  buf breaking proto --against '.git#branch=main,subdir=proto'
else
  echo "buf breaking skipped: no main branch in this checkout"
fi
echo "proto lint ok"
