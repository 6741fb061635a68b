import { interfaceLocales, nativeNameOf } from '../i18n/locales'

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/**
 * The interface languages (fi, sv, en) as select options, each named in itself ("Suomi", "Svenska",
 * "English") so every admin language shows the same names; a new interface language appears in every
 * language select at once.
 */
export const interfaceLanguageOptions = interfaceLocales.map((code) => ({
  label: capitalised(nativeNameOf(code)),
  value: code,
}))
