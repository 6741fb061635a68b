import * as migration_20261203_230656_initial from './20261203_230656_initial'

export const migrations = [
  {
    up: migration_20261203_230656_initial.up,
    down: migration_20261203_230656_initial.down,
    name: '20261203_230656_initial',
  },
]
