#!/usr/bin/env bash
# Generates the DEVELOPMENT certificates, passwords and tokens that deploy/compose/compose.yaml
# mounts, into a git-ignored folder (default deploy/compose/secrets; or the first argument, or
# $TROUPE_SECRETS_DIR). Never use them outside a laptop: the CA keys sit next to what they signed.
#
#   bash deploy/compose/gen-dev-secrets.sh [dir] [--force]
#
# Two CAs, as docs/security.md asks ("a CA for orchestrators' client certificates that does not
# also issue agents' certificates"):
#   ca.crt                 the platform CA: NATS servers, the orchestrator API, agents' server certs
#   orchestrators-ca.crt   only orchestrators' client certificates (mTLS to agents, signed drains)
# Agents' certificates name their agent (URI SAN troupe://agent/<name>, DNS SAN <name>) and are
# for server auth only; the orchestrators' client certificate is for client auth only.
# Files are 0644 in a 0700 folder: the containers run as uid 10001 and read them through bind
# mounts, while on the host only the folder's owner can reach them.
set -euo pipefail

AGENTS=(web-harvester script-weaver voice-forge topic-discovery snippet-craft ui-composer)
NATS_NODES=(nats-1 nats-2 nats-3)
ORCHESTRATORS=(orchestrator-1 orchestrator-2)
DAYS=${TROUPE_DEV_CERT_DAYS:-30}

here="$(cd "$(dirname "$0")" && pwd)"
out="${TROUPE_SECRETS_DIR:-$here/secrets}"
force=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    -*) echo "gen-dev-secrets: unknown option $arg" >&2; exit 2 ;;
    *) out="$arg" ;;
  esac
done
command -v openssl >/dev/null || { echo "gen-dev-secrets: needs openssl" >&2; exit 1; }
if [ -e "$out/ca.crt" ] && [ $force = 0 ]; then
  echo "gen-dev-secrets: $out already has secrets (pass --force to replace them)"; exit 0
fi
mkdir -p "$out" && chmod 700 "$out"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# ca NAME CN
ca() {
  key "$out/$1.key"
  openssl req -x509 -new -key "$out/$1.key" -sha256 -days "$DAYS" -subj "/O=Troupe dev/CN=$2" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$out/$1.crt" 2>/dev/null
}

# leaf CA OUT CN EKU SAN
leaf() {
  local issuer="$1" file="$2" cn="$3" eku="$4" san="$5"
  key "$out/$file.key"
  openssl req -new -key "$out/$file.key" -subj "/O=Troupe dev/CN=$cn" -out "$tmp/req.csr" 2>/dev/null
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\nsubjectAltName=%s\n' "$eku" "$san" >"$tmp/ext.cnf"
  openssl x509 -req -in "$tmp/req.csr" -CA "$out/$issuer.crt" -CAkey "$out/$issuer.key" -CAcreateserial \
    -CAserial "$tmp/$issuer.srl" -days "$DAYS" -sha256 -extfile "$tmp/ext.cnf" -out "$out/$file.crt" 2>/dev/null
}

secret() { openssl rand -hex 24 | tr -d '\n' >"$out/$1"; }

ca ca "Troupe dev platform CA"
ca orchestrators-ca "Troupe dev orchestrators CA"

# NATS: the same certificate serves clients (server auth) and cluster routes (both ends).
for node in "${NATS_NODES[@]}"; do
  leaf ca "$node" "$node" serverAuth,clientAuth "DNS:$node,DNS:nats,DNS:localhost,IP:127.0.0.1"
done

# Orchestrators: one API server certificate naming both (clients dial either), and one client
# certificate from the orchestrators' CA (presented to agents; signs control messages).
api_san="DNS:orchestrator,DNS:localhost,IP:127.0.0.1"
for o in "${ORCHESTRATORS[@]}"; do api_san="$api_san,DNS:$o"; done
leaf ca orchestrator-api orchestrator serverAuth "$api_san"
leaf orchestrators-ca orchestrator-client orchestrator clientAuth "URI:troupe://orchestrator"

# Agents: admitted only when the certificate names the agent they announce.
for agent in "${AGENTS[@]}"; do
  leaf ca "agent-$agent" "$agent" serverAuth "URI:troupe://agent/$agent,DNS:$agent"
done

# NATS passwords (one per role, plus the cluster routes), read by nats-server from nats.env
# and by Troupe processes from the *.password files (NATS_PASSWORD_FILE).
secret nats-orchestrator.password
secret nats-agent.password
secret nats-observer.password
secret nats-route.password
{
  echo "TROUPE_NATS_ORCHESTRATOR_PASSWORD=$(cat "$out/nats-orchestrator.password")"
  echo "TROUPE_NATS_AGENT_PASSWORD=$(cat "$out/nats-agent.password")"
  echo "TROUPE_NATS_OBSERVER_PASSWORD=$(cat "$out/nats-observer.password")"
  echo "TROUPE_NATS_ROUTE_PASSWORD=$(cat "$out/nats-route.password")"
} >"$out/nats.env"

# API tokens: the orchestrators keep only SHA-256 hashes (TROUPE_AUTH_TOKENS_FILE); the tokens
# themselves are for the CLI (TROUPE_TOKEN_FILE) and the demo client.
: >"$out/api-tokens.jsonl"
token() {
  local name="$1" scopes="$2" value
  value="troupe_$(openssl rand -hex 24)"
  printf '%s' "$value" >"$out/$name.token"
  printf '{"name":"%s","sha256":"%s","scopes":"%s"}\n' "$name" "$(printf '%s' "$value" | openssl dgst -sha256 -r | cut -d' ' -f1)" "$scopes" >>"$out/api-tokens.jsonl"
}
token admin '*'
token operator 'runs:start runs:read runs:cancel runs:signal workflows:read agents:read audit:read'
token viewer 'runs:read workflows:read agents:read'

secret grafana-admin.password

rm -f "$out"/*.srl
chmod 644 "$out"/*
echo "gen-dev-secrets: wrote $(ls "$out" | wc -l) files to $out (certificates valid $DAYS days)"
