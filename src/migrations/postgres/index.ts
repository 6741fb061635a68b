import * as migration_20261204_004047_initial from './20261204_004047_initial'
import * as migration_20261204_041714_upload_storage_fields from './20261204_041714_upload_storage_fields'

export const migrations = [
  {
    up: migration_20261204_004047_initial.up,
    down: migration_20261204_004047_initial.down,
    name: '20261204_004047_initial',
  },
  {
    up: migration_20261204_041714_upload_storage_fields.up,
    down: migration_20261204_041714_upload_storage_fields.down,
    name: '20261204_041714_upload_storage_fields',
  },
]
