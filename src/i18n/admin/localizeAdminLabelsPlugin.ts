import type { Plugin } from 'payload'

import { localizeAdminLabels } from './localizeAdminLabels'

/**
 * Runs once the config is assembled, so every capability module's collections and
 * globals are already in the lists. Keep it the last plugin.
 */
export const localizeAdminLabelsPlugin: Plugin = (config) => {
  localizeAdminLabels(config.collections ?? [], config.globals ?? [])
  return config
}
