import base from './jest.config.mjs'

/** Browser tests in Chromium against one seeded production server. */
export default {
  ...base,
  roots: ['<rootDir>/tests/e2e'],
  globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts',
  testTimeout: 180000,
}
