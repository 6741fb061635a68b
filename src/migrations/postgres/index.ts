import * as migration_20261204_004047_initial from './20261204_004047_initial'

export const migrations = [
  {
    up: migration_20261204_004047_initial.up,
    down: migration_20261204_004047_initial.down,
    name: '20261204_004047_initial',
  },
]
