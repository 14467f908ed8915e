import { defineConfig, type ViteUserConfig } from "vitest/config";

const config: ViteUserConfig = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Generous: a few tests build arrays of millions of scores or pack the package, and a loaded
    // machine must not turn them into timeouts.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ["./test/setup.ts"],
    reporters: ["default", "./scripts/vitest-summary-reporter.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text", "json-summary"],
      thresholds: { lines: 100, functions: 100, branches: 100, statements: 100 },
    },
  },
});

export default config;
