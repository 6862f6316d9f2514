import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // e2e tests spawn the built CLI, tmux and chromium; the machine has 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The config loader imports a validator precompiled from the JSON schema (see the file).
    globalSetup: ['test/setup/generate-validator.ts'],
  },
});
