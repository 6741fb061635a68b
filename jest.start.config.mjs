import base from './jest.config.mjs'

/** Tests that run the production build as a separate process (after `npm run build`). */
export default { ...base, roots: ['<rootDir>/tests/start'], testTimeout: 300000 }
