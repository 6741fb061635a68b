import * as migration_20261127_205951_initial from './20261127_205951_initial';

export const migrations = [
  {
    up: migration_20261127_205951_initial.up,
    down: migration_20261127_205951_initial.down,
    name: '20261127_205951_initial'
  },
];
