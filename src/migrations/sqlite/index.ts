import * as migration_20261127_221705_initial from './20261127_221705_initial'
import * as migration_20261128_031043_delivery_message_ids from './20261128_031043_delivery_message_ids'
import * as migration_20261203_230510_grid_axes_without_english_defaults from './20261203_230510_grid_axes_without_english_defaults'
import * as migration_20261203_231455_board_answers_one_store from './20261203_231455_board_answers_one_store'
import * as migration_20261204_002017_login_throttle_no_lockout from './20261204_002017_login_throttle_no_lockout'
import * as migration_20261204_041659_upload_storage_fields from './20261204_041659_upload_storage_fields'

export const migrations = [
  {
    up: migration_20261127_221705_initial.up,
    down: migration_20261127_221705_initial.down,
    name: '20261127_221705_initial',
  },
  {
    up: migration_20261128_031043_delivery_message_ids.up,
    down: migration_20261128_031043_delivery_message_ids.down,
    name: '20261128_031043_delivery_message_ids',
  },
  {
    up: migration_20261203_230510_grid_axes_without_english_defaults.up,
    down: migration_20261203_230510_grid_axes_without_english_defaults.down,
    name: '20261203_230510_grid_axes_without_english_defaults',
  },
  {
    up: migration_20261203_231455_board_answers_one_store.up,
    down: migration_20261203_231455_board_answers_one_store.down,
    name: '20261203_231455_board_answers_one_store',
  },
  {
    up: migration_20261204_002017_login_throttle_no_lockout.up,
    down: migration_20261204_002017_login_throttle_no_lockout.down,
    name: '20261204_002017_login_throttle_no_lockout',
  },
  {
    up: migration_20261204_041659_upload_storage_fields.up,
    down: migration_20261204_041659_upload_storage_fields.down,
    name: '20261204_041659_upload_storage_fields',
  },
]
