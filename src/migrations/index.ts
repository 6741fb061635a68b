import * as migration_20261127_203419_initial from './20261127_203419_initial';

export const migrations = [
  {
    up: migration_20261127_203419_initial.up,
    down: migration_20261127_203419_initial.down,
    name: '20261127_203419_initial'
  },
];
