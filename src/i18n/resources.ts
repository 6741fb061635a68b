import arCommon from '../../locales/ar/common.json'
import enCommon from '../../locales/en/common.json'
import enDocuments from '../../locales/en/documents.json'
import enEmail from '../../locales/en/email.json'
import enEvent from '../../locales/en/event.json'
import enForms from '../../locales/en/forms.json'
import enPortal from '../../locales/en/portal.json'
import etCommon from '../../locales/et/common.json'
import fiCommon from '../../locales/fi/common.json'
import fiDocuments from '../../locales/fi/documents.json'
import fiEmail from '../../locales/fi/email.json'
import fiEvent from '../../locales/fi/event.json'
import fiForms from '../../locales/fi/forms.json'
import fiPortal from '../../locales/fi/portal.json'
import ruCommon from '../../locales/ru/common.json'
import seCommon from '../../locales/se/common.json'
import soCommon from '../../locales/so/common.json'
import svCommon from '../../locales/sv/common.json'
import svDocuments from '../../locales/sv/documents.json'
import svEmail from '../../locales/sv/email.json'
import svEvent from '../../locales/sv/event.json'
import svForms from '../../locales/sv/forms.json'
import svPortal from '../../locales/sv/portal.json'
import swCommon from '../../locales/sw/common.json'
import ukCommon from '../../locales/uk/common.json'
import viCommon from '../../locales/vi/common.json'

/** Interface strings by language and namespace; every visible string lives in locales/. */
export const resources = {
  fi: { common: fiCommon, event: fiEvent, portal: fiPortal, forms: fiForms, email: fiEmail, documents: fiDocuments },
  sv: { common: svCommon, event: svEvent, portal: svPortal, forms: svForms, email: svEmail, documents: svDocuments },
  en: { common: enCommon, event: enEvent, portal: enPortal, forms: enForms, email: enEmail, documents: enDocuments },
  // The material languages carry only the navigation strings (the residents' page); the rest falls back to Finnish.
  ar: { common: arCommon },
  se: { common: seCommon },
  so: { common: soCommon },
  sw: { common: swCommon },
  uk: { common: ukCommon },
  ru: { common: ruCommon },
  vi: { common: viCommon },
  et: { common: etCommon },
} as const

export type Namespace = keyof (typeof resources)['fi']
