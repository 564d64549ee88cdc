import { delimiter, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
// The pinned tools (scripts/ensure-tools.sh: nats-server 2.15.3, natscli, grpcurl, …) come first
// on PATH, so every test that starts `nats-server` runs the version we document, not the distro's.
process.env.PATH = `${resolve(import.meta.dirname, '.tools/bin')}${delimiter}${process.env.PATH ?? ''}`;
// Two projects: unit tests need no network and are fast; integration tests
// (*.int.test.ts) start real nats-server and gRPC servers.
export default defineConfig({
    test: {
        projects: [
            {
                test: {
                    name: 'unit',
                    include: ['test/unit/**/*.test.ts'],
                    exclude: ['**/*.int.test.ts'],
                    testTimeout: 10_000,
                },
            },
            {
                test: {
                    name: 'integration',
                    include: ['test/integration/**/*.int.test.ts'],
                    testTimeout: 60_000,
                    hookTimeout: 60_000,
                    // Integration suites spawn processes; run files one at a time on a 2-core machine.
                    fileParallelism: false,
                },
            },
        ],
    },
});
//# sourceMappingURL=vitest.config.js.map