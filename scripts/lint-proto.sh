#!/usr/bin/env bash
# buf lint (STANDARD rules), then buf breaking (FILE rules) against a baseline:
#   1. the last release tag reachable from HEAD (`git describe --tags --abbrev=0 --match 'v*'`), else
#   2. the previous commit (HEAD~1).
# A shallow clone or a repository with one commit has no HEAD~1: then only the breaking
# comparison is skipped, with a notice saying why (fetch tags or more history to get it back).
# The baseline's proto/ is taken with `git archive`, so this works in worktrees and clones alike.
#
# buf runs through `npm exec` rather than from devDependencies: its per-platform
# binary packages are optional dependencies that not every registry mirror serves,
# which leaves a lock file `npm ci` refuses. The version is pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."
BUF_VERSION=1.75.0
buf() { npm exec --yes --package="@bufbuild/buf@${BUF_VERSION}" -- buf "$@"; }

buf lint proto

if tag=$(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null); then
  baseline="$tag"
  why="the last release tag"
elif git rev-parse --verify --quiet 'HEAD~1^{commit}' >/dev/null; then
  baseline="HEAD~1"
  why="no v* release tag, so the previous commit"
else
  shallow=$(git rev-parse --is-shallow-repository 2>/dev/null || echo false)
  if [ "$shallow" = true ]; then
    echo "notice: buf breaking skipped: this is a shallow clone with no v* tag and no previous commit (fetch with --depth=2 or --tags to check)"
  else
    echo "notice: buf breaking skipped: no v* release tag and only one commit, so there is nothing to compare against"
  fi
  echo "proto lint ok"
  exit 0
fi

if ! git cat-file -e "${baseline}:proto" 2>/dev/null; then
  echo "notice: buf breaking skipped: ${baseline} has no proto/ directory"
  echo "proto lint ok"
  exit 0
fi
against=$(mktemp -d)
trap 'rm -rf "$against"' EXIT
git archive "$baseline" proto | tar -x -C "$against"
echo "buf breaking against ${baseline} (${why})"
buf breaking proto --against "${against}/proto"
echo "proto lint ok"
