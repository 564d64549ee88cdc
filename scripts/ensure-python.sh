#!/usr/bin/env bash
# Creates the Python example agent's virtual environment in .venv/python-agent (git-ignored) and
# installs examples/python-agent/requirements.txt into it (exact pins). Skips when the venv exists
# and was installed from a requirements file with the same hash. Prints the venv's python path last.
# Usage: bash scripts/ensure-python.sh   (PYTHON=/path/to/python3 picks the interpreter, 3.9+)
set -euo pipefail
cd "$(dirname "$0")/.."

venv="$PWD/.venv/python-agent"
req="examples/python-agent/requirements.txt"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "$venv/bin/python"
  exit 0
fi

python="${PYTHON:-$(command -v python3 || true)}"
if [ -z "$python" ]; then
  echo "ensure-python: no python3 on PATH (set PYTHON=/path/to/python3, 3.9 or later)" >&2
  exit 1
fi
if ! "$python" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 9))' >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$python" = /usr/bin/python3 ]; then
    echo "ensure-python: installing python3-venv (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    echo "ensure-python: $python is older than 3.9 or lacks the venv/ensurepip modules" >&2
    exit 1
  fi
fi

echo "ensure-python: installing $req into $venv ($("$python" --version 2>&1))" >&2
start=$(date +%s)
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input --require-virtualenv -r "$req" >&2
echo "$want" >"$stamp"
echo "ensure-python: done in $(( $(date +%s) - start ))s" >&2
echo "$venv/bin/python"
