import * as migration_20261127_221705_initial from './20261127_221705_initial';

export const migrations = [
  {
    up: migration_20261127_221705_initial.up,
    down: migration_20261127_221705_initial.down,
    name: '20261127_221705_initial'
  },
];
