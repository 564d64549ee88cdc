// Type-checked ESLint (flat config). `npm run lint:es`; part of `npm run lint`, which `npm test` runs.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's globals used by the plain JS files (bin/, bench/, scripts/, test fixtures); the `globals` package is not a dependency. */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController', 'AbortSignal', 'Buffer', 'URL', 'TextDecoder', 'TextEncoder', 'console', 'fetch', 'performance', 'process',
    'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'structuredClone',
  ].map((name) => [name, 'readonly']),
);

/** `.only` left in a test silently skips the rest of the suite; `.skip` stays allowed. */
const noOnly = ['describe', 'it', 'test'].map((object) => ({ object, property: 'only', message: `${object}.only must not be committed` }));

export default defineConfig(
  { ignores: ['dist/', 'dist-check/', 'src/gen/', 'node_modules/', 'out/', 'tmp/', 'web/*.html', 'coverage/', 'reports/', '.stryker-tmp/', '.venv/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // noUncheckedIndexedAccess makes `xs[i]!` after a bounds check the normal idiom; no-unnecessary-type-assertion still flags needless ones.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => voidCall()` callbacks and `return voidCall()` early exits from void functions are idioms here, not confusion.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // Numbers and booleans print unambiguously in messages; nullish, objects and `any` are still flagged.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `record['key']` on index signatures (event details, env) marks a key that may be absent; keep allowing it.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `this: void` is how unbound-method wants detachable methods marked (the static `is()` guards passed as callbacks).
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
      // Proto3 and the environment use '' / 0 / false for "not set", so `||` falling back past them is deliberate; objects are still checked.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, number: true, boolean: true } }],
      // Rejecting with `signal.reason` (any) or a forwarded error (unknown) passes on what we were given, as only-throw-error allows for `throw`.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // `async` without `await` implements Promise-returning interfaces (handlers, stores, fakes) so a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      // `_`-prefixed names are deliberately unused (positional args, omitted-by-destructuring fields).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    rules: {
      'no-restricted-properties': ['error', ...noOnly],
      // A callback declared before the value it reads exists (`let x; … () => x?.stop(); x = …`) must stay `let`: as const it could hit the TDZ.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.stringContaining, ...) are typed `any` by design to fit any expected shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Fixtures assigned in beforeAll are typed as set, yet are undefined when setup failed: teardown's `x?.close()` is needed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
);
