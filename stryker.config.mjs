// Mutation testing of the core (issue #17): `npm run mutate`.
// Incremental: the second run re-tests only mutants whose code or tests changed
// (reports/stryker-incremental.json). The HTML report: reports/mutation/index.html.
// A folder alone: `npm run mutate -- --mutate 'src/orchestrator/scheduler/**/*.ts'`.
import { resolve } from 'node:path';

/** The core folders (issue #17): what `npm run mutate` and the sampled pass mutate. */
export const CORE_FOLDERS = [
  'src/orchestrator/machines',
  'src/orchestrator/scheduler',
  'src/orchestrator/store',
  'src/orchestrator/dispatch',
  'src/orchestrator/workflow',
  'src/sdk/agent',
  'src/sdk/telemetry',
  'src/sdk/grpc',
];

// The sandbox leaves .tools out (ignorePatterns): tests that run a pinned tool (grpcurl) find the
// project's through this, which the test runner processes inherit.
process.env.TROUPE_TOOLS_BIN ||= resolve('.tools/bin');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: [
    ...CORE_FOLDERS.map((folder) => `${folder}/**/*.ts`),
    '!src/**/*.d.ts',
    '!src/**/index.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Tool folders the sandbox does not need (and cannot copy: the Python venv holds a symlinked lib64).
  ignorePatterns: ['.venv', '.tools', 'out', 'reports', 'examples/go-agent/bin', 'dist-check'],
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 85, low: 80, break: null },
};
