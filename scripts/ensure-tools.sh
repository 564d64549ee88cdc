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
  "amtool|github.com/prometheus/alertmanager/cmd/amtool|v0.35.0|amtool"
  "alertmanager|github.com/prometheus/alertmanager/cmd/alertmanager|v0.35.0|alertmanager"
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

# A package whose `//go:embed` names a folder its module zip lacks (Alertmanager's web UI, ui/app/dist, is
# built by npm in its release process and not published to the module proxy): build it from a copy of the
# module with that folder holding one placeholder page. The binary works; its web UI says to use the API or amtool.
build_without_embed() {
  local pkg="$1" version="$2" out="$3" missing="$4" modpath dir src
  modpath="$(cd "$(mktemp -d)" && go mod download -json "${pkg%%/cmd/*}@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -n "$modpath" ] || { echo "ensure-tools: cannot download the module of $pkg" >&2; return 1; }
  src="$(mktemp -d)"
  cp -r "$modpath/." "$src" && chmod -R u+w "$src"
  dir="$(dirname "$(grep -rl --include=*.go "go:embed $missing" "$src" | head -1)")/$missing"
  mkdir -p "$dir"
  echo '<!doctype html><title>UI not built</title><p>This build has no web UI: use the API or amtool.' >"$dir/index.html"
  # prometheus/common's version package is what `--version` and the status API report (a release build sets it too).
  (cd "$src" && go build -ldflags="-s -w -X github.com/prometheus/common/version.Version=${version#v}" -o "$out/" "./${pkg#"${pkg%%/cmd/*}"/}")
  rm -rf "$src"
}

# `go install pkg@version`, or, for modules whose go.mod has replace or exclude directives (Jaeger, docker compose), a throw-away
# module that requires it as a tool (`go get -tool`), built from there.
build() {
  local pkg="$1" version="$2" out="$3" mod missing
  export GOFLAGS="-trimpath" CGO_ENABLED=0
  if GOBIN="$out" go install -ldflags="-s -w" "$pkg@$version" 2>"$out/.err"; then return 0; fi
  missing="$(sed -n 's/.*pattern \([^:]*\): no matching files found.*/\1/p' "$out/.err" | head -1)"
  if [ -n "$missing" ]; then build_without_embed "$pkg" "$version" "$out" "$missing"; return; fi
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
