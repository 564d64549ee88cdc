import { defineConfig } from 'vitest/config';

// What mutation testing runs (stryker.config.mjs): the unit tests and the integration
// tests that exercise the core in this process. Tests that drive the built CLI or
// agents as child processes run dist/, which mutants never reach, so they are left out.
// grpcurl.int.test.ts drives in-process servers with the grpcurl binary: it is in (it kills
// the reflection and health mutants that nothing else in this list reaches).
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/{tasks,scheduling,runs,run-ending,backpressure,agent-limits,orchestrator-limits,lifecycle,run-index,store-*,durability-cross-instance,durability-handover,grpc-tracing,grpcurl,trace,orchestrator-client}.int.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
