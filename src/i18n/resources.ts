import enCommon from '../../locales/en/common.json'
import fiCommon from '../../locales/fi/common.json'
import svCommon from '../../locales/sv/common.json'
import enEmail from '../../locales/en/email.json'
import enForms from '../../locales/en/forms.json'
import fiEmail from '../../locales/fi/email.json'
import fiForms from '../../locales/fi/forms.json'
import svEmail from '../../locales/sv/email.json'
import svForms from '../../locales/sv/forms.json'

/** Interface strings by language and namespace; every visible string lives in locales/. */
export const resources = {
  fi: { common: fiCommon, forms: fiForms, email: fiEmail },
  sv: { common: svCommon, forms: svForms, email: svEmail },
  en: { common: enCommon, forms: enForms, email: enEmail },
} as const

export type Namespace = keyof (typeof resources)['fi']
