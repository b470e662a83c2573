import * as migration_20261204_140829_initial from './20261204_140829_initial';

export const migrations = [
  {
    up: migration_20261204_140829_initial.up,
    down: migration_20261204_140829_initial.down,
    name: '20261204_140829_initial'
  },
];
