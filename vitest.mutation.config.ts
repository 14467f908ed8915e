import { defineConfig, type ViteUserConfig } from "vitest/config";

// The unit, property and doc-example tests of src/, for mutation testing: the package tests
// (built tarball, browser, size, demo, DuckDB) check dist/, which Stryker does not mutate.
const config: ViteUserConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The barrel test reads src/index.ts as text, which Stryker rewrites in its sandbox.
    exclude: ["test/package/**", "test/warehouse/**", "test/tally/stream.test.ts", "test/index.test.ts"],
    environment: "node",
    setupFiles: ["./test/setup.ts"],
    // Instrumented code is too slow for the one test that builds an 8-million-score array.
    testNamePattern: "^(?!.*later chunk of a very large array)",
    testTimeout: 30_000,
  },
});

export default config;
