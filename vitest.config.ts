import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // A test that imports graphql directly would otherwise load a second copy
    // of it next to the one TypeGraphQL uses ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
