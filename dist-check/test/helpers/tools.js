// The pinned operations tools (nats-server 2.15, natscli, grpcurl, Jaeger, Prometheus,
// Alertmanager, Helm, docker compose) live in .tools/bin, put there by scripts/ensure-tools.sh
// (which .ci/run and `npm test`'s pretest step call). Tests that need one ask for it here and
// fail with an actionable message when it is missing, rather than skipping.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
export const TOOLS_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../.tools/bin');
/** The absolute path of a pinned tool; throws naming the install command when it is absent. */
export function toolPath(name) {
    const path = join(TOOLS_BIN, name);
    if (!existsSync(path)) {
        throw new Error(`${name} is not installed in ${TOOLS_BIN}: run \`bash scripts/ensure-tools.sh\``);
    }
    return path;
}
//# sourceMappingURL=tools.js.map