import type { Capability } from '../config/Capability'
import { TranslationSettings } from './TranslationSettings'
import { xliffExportEndpoint } from './xliff/xliffExportEndpoint'
import { xliffImportEndpoint } from './xliff/xliffImportEndpoint'

/** The translation workflow: the status overview, side-by-side comparison and XLIFF exchange. */
export const translations: Capability = {
  collections: [],
  globals: [TranslationSettings],
  endpoints: [xliffExportEndpoint, xliffImportEndpoint],
  tasks: [],
  admin: {
    views: {
      translationOverview: {
        Component: '/src/admin/translations/TranslationOverviewView#TranslationOverviewView',
        path: '/translations',
        exact: true,
      },
      translationCompare: {
        Component: '/src/admin/translations/TranslationCompareView#TranslationCompareView',
        path: '/translations/compare/:slug/:id/:lang',
      },
    },
    afterNavLinks: ['/src/admin/translations/TranslationsNavLink#TranslationsNavLink'],
  },
}
