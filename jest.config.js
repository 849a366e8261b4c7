// ESM mode: @actions/core 3, @actions/github 9 and @octokit/rest 22 ship only ES modules.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  extensionsToTreatAsEsm: ['.ts'],
  // The e2e and packaging suites run bundles built from src/ (never a stale dist/): built once, before them.
  // The run's temp files live in one folder, removed at the end; anything a test left there fails the run.
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
