import { defineConfig } from 'vitest/config';

// The quick mutation pass (stryker.unit.config.mjs): unit tests only. Its score is a lower
// bound of the full pass's (a mutant only an integration test kills counts as survived here),
// reached in minutes per folder rather than hours on 2 cores.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
