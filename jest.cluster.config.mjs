import base from './jest.config.mjs'

/** The cluster test: PostgreSQL-backed web instances, a worker and nginx, started from the production build. */
export default { ...base, roots: ['<rootDir>/tests/cluster'], testTimeout: 600000 }
