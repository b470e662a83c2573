import * as migration_20261204_140829_initial from './20261204_140829_initial';
import * as migration_20261204_151031_features from './20261204_151031_features';
import * as migration_20261204_153509_start_page_indexes from './20261204_153509_start_page_indexes';

export const migrations = [
  {
    up: migration_20261204_140829_initial.up,
    down: migration_20261204_140829_initial.down,
    name: '20261204_140829_initial',
  },
  {
    up: migration_20261204_151031_features.up,
    down: migration_20261204_151031_features.down,
    name: '20261204_151031_features',
  },
  {
    up: migration_20261204_153509_start_page_indexes.up,
    down: migration_20261204_153509_start_page_indexes.down,
    name: '20261204_153509_start_page_indexes'
  },
];
