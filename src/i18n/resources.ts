import enCommon from '../../locales/en/common.json'
import fiCommon from '../../locales/fi/common.json'
import svCommon from '../../locales/sv/common.json'

/** Interface strings by language and namespace; every visible string lives in locales/. */
export const resources = {
  fi: { common: fiCommon },
  sv: { common: svCommon },
  en: { common: enCommon },
} as const

export type Namespace = keyof (typeof resources)['fi']
