#!/usr/bin/env bash
# Installs the pinned operations tools (docs/operations.md) into .tools/bin (git-ignored),
# building each from its Go module once and caching the binary under
# ${TROUPE_TOOLS_CACHE:-$HOME/.cache/troupe/tools}/<name>-<version>, where the machine keeps it.
# Skips what is already there. Usage: bash scripts/ensure-tools.sh [name ...]
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${TROUPE_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/troupe/tools}"
bin="$PWD/.tools/bin"
mkdir -p "$bin" "$cache"

# name|go packages|version|binaries (built:installed when go names the binary otherwise)
tools=(
  "nats-server|github.com/nats-io/nats-server/v2|v2.15.3|nats-server"
  "natscli|github.com/nats-io/natscli/nats|v0.5.0|nats"
  "grpcurl|github.com/fullstorydev/grpcurl/cmd/grpcurl|v1.9.3|grpcurl"
  "jaeger|github.com/jaegertracing/jaeger/cmd/jaeger|v1.75.0|jaeger"
  "prometheus|github.com/prometheus/prometheus/cmd/prometheus github.com/prometheus/prometheus/cmd/promtool|v0.316.0|prometheus promtool"
  "helm|helm.sh/helm/v4/cmd/helm|v4.3.2|helm"
  "docker-compose|github.com/docker/compose/v5/cmd|v5.6.0|cmd:docker-compose"
)

want=("$@")
selected() {
  [ ${#want[@]} -eq 0 ] && return 0
  local w; for w in "${want[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1
}

if ! command -v go >/dev/null 2>&1; then
  echo "ensure-tools: Go is not installed; the operations tools are built from Go modules (see README)" >&2
  exit 1
fi

# `go install pkg@version`, or, for modules whose go.mod has replace or exclude directives (Jaeger, docker compose), a throw-away
# module that requires it as a tool (`go get -tool`), built from there.
build() {
  local pkg="$1" version="$2" out="$3" mod
  export GOFLAGS="-trimpath" CGO_ENABLED=0
  if GOBIN="$out" go install -ldflags="-s -w" "$pkg@$version" 2>"$out/.err"; then return 0; fi
  if ! grep -qE "(replace|exclude) directives" "$out/.err"; then cat "$out/.err" >&2; return 1; fi
  mod="$(mktemp -d)"
  (cd "$mod" && go mod init troupe-tools >/dev/null 2>&1 && go get -tool "$pkg@$version" \
    && go build -ldflags="-s -w" -o "$out/" "$pkg")
  rm -rf "$mod"
}

for row in "${tools[@]}"; do
  IFS='|' read -r name pkgs version bins <<<"$row"
  selected "$name" || continue
  dir="$cache/$name-$version"
  ok=1
  for b in $bins; do [ -x "$dir/${b#*:}" ] || ok=0; done
  if [ $ok = 0 ]; then
    echo "ensure-tools: building $name $version (once; cached in $dir)"
    start=$(date +%s)
    mkdir -p "$dir.tmp"
    for p in $pkgs; do build "$p" "$version" "$dir.tmp"; done
    for b in $bins; do
      case "$b" in *:*) mv "$dir.tmp/${b%%:*}" "$dir.tmp/${b#*:}" ;; esac
    done
    rm -f "$dir.tmp/.err"; rm -rf "$dir" && mv "$dir.tmp" "$dir"
    echo "ensure-tools: $name built in $(( $(date +%s) - start )) s"
  fi
  for b in $bins; do ln -sf "$dir/${b#*:}" "$bin/${b#*:}"; done
done
echo "ensure-tools: tools in $bin"
