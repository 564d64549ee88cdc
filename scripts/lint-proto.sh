#!/usr/bin/env bash
# buf lint (STANDARD rules) and, where a main branch exists, buf breaking against it.
set -euo pipefail
cd "$(dirname "$0")/.."
npx buf lint proto
if git rev-parse --verify --quiet main >/dev/null 2>&1; then
  npx buf breaking proto --against '.git#branch=main,subdir=proto'
else
  echo "buf breaking skipped: no main branch in this checkout"
fi
echo "proto lint ok"
