import { defineConfig, type ViteUserConfig } from "vitest/config";

// The unit, property and doc-example tests of src/, for mutation testing: the package tests
// (built tarball, browser, size, demo, DuckDB) check dist/, which Stryker does not mutate.
const config: ViteUserConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The barrel and convention tests read src/index.ts as text, which Stryker rewrites in its
    // sandbox; neither runs library code, so no mutant can be killed by them.
    exclude: [
      "test/package/**",
      "test/warehouse/**",
      "test/examples/**",
      "test/index.test.ts",
      "test/docs/conventions.test.ts",
      // The customer-base and retention models are left out of mutation testing (see
      // stryker.config.json and CONTRIBUTING.md): their tests fit models and would make every
      // mutant of the shared readers they touch many times slower to test.
      "test/models/**",
      "test/cohorts/**",
      "test/docs/figures.test.ts",
    ],
    environment: "node",
    setupFiles: ["./test/setup.ts"],
    // Instrumented code is too slow for the one test that builds an 8-million-score array; the
    // type check of the examples compiles the instrumented sources and runs no library code.
    testNamePattern: "^(?!.*(past the first 2\\^23 scores of a large array|strict TypeScript))",
    testTimeout: 30_000,
    // Test files share one module graph per worker instead of importing the library afresh each:
    // a mutant's tests then run in about a fifth of the time (10 s against 44 s for the whole
    // set on one worker). Safe because stryker.config.json ignores static mutants (those in code
    // that runs when a module loads), which a module loaded once could not switch; every other
    // mutant is switched on at call time.
    isolate: false,
  },
});

export default config;
