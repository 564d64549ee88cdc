// The pinned operations tools (nats-server 2.15, natscli, grpcurl, Jaeger, Prometheus,
// Alertmanager, Helm, docker compose) live in .tools/bin, put there by scripts/ensure-tools.sh
// (which .ci/run and `npm test`'s pretest step call). Tests that need one ask for it here and
// fail with an actionable message when it is missing, rather than skipping.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// TROUPE_TOOLS_BIN names it elsewhere: a mutation run's sandbox is a copy of the project without
// .tools (stryker.config.mjs points it back at the project's).
export const TOOLS_BIN = process.env.TROUPE_TOOLS_BIN || resolve(dirname(fileURLToPath(import.meta.url)), '../../.tools/bin');

export type ToolName =
  | 'nats-server' | 'nats' | 'grpcurl' | 'jaeger' | 'prometheus' | 'promtool'
  | 'alertmanager' | 'amtool' | 'helm' | 'docker-compose';

/** The absolute path of a pinned tool; throws naming the install command when it is absent. */
export function toolPath(name: ToolName): string {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path)) {
    throw new Error(`${name} is not installed in ${TOOLS_BIN}: run \`bash scripts/ensure-tools.sh\``);
  }
  return path;
}
