import * as migration_20261204_140818_initial from './20261204_140818_initial';
import * as migration_20261204_150952_features from './20261204_150952_features';
import * as migration_20261204_153452_start_page_indexes from './20261204_153452_start_page_indexes';

export const migrations = [
  {
    up: migration_20261204_140818_initial.up,
    down: migration_20261204_140818_initial.down,
    name: '20261204_140818_initial',
  },
  {
    up: migration_20261204_150952_features.up,
    down: migration_20261204_150952_features.down,
    name: '20261204_150952_features',
  },
  {
    up: migration_20261204_153452_start_page_indexes.up,
    down: migration_20261204_153452_start_page_indexes.down,
    name: '20261204_153452_start_page_indexes'
  },
];
