// The quick mutation pass (`npm run mutate:unit`): the same mutants as stryker.config.mjs,
// tested by the unit tests alone. Its own incremental file and report, so the two passes
// never mix their results. See docs/testing.md.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-unit.config.ts', related: false },
  incrementalFile: 'reports/stryker-unit-incremental.json',
  htmlReporter: { fileName: 'reports/mutation-unit/index.html' },
  jsonReporter: { fileName: 'reports/mutation-unit/mutation.json' },
  timeoutMS: 10_000,
};
