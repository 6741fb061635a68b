import * as migration_20261127_221705_initial from './20261127_221705_initial'
import * as migration_20261128_031043_delivery_message_ids from './20261128_031043_delivery_message_ids'

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
]
