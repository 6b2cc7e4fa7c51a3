// End-to-end tests in Debian's chromium (`npm run test:e2e`, run by .ci/run after `npm test`):
// the production build served on a free local port, the preview driven as a person would.
// One file at a time: each drives a real browser, and the build is shared (test/e2e/support).
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
};
