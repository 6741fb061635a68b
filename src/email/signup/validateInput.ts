import type { TFunction } from 'i18next'

import { regions } from '../../fields/regions'
import { type InterfaceLocale, interfaceLocales } from '../../i18n/locales'
import { textProblem } from '../../validation/inputChecks'
import { type FormInput, many, one } from '../http'

/** Mail is written in the interface languages. */
export const mailLanguages = interfaceLocales
export type MailLanguage = InterfaceLocale

const emailPattern = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/
const regionValues = new Set<string>(regions.map((r) => r.value))

export function isMailLanguage(value: string): value is MailLanguage {
  return (mailLanguages as readonly string[]).includes(value)
}

/** Field name → localized message; empty when the field is fine. */
export type FieldErrors = Record<string, string>

export function checkEmail(t: TFunction, input: FormInput, errors: FieldErrors, name = 'email'): string {
  const email = one(input, name).trim().toLowerCase()
  if (email.length > 254) errors[name] = t('errors.emailTooLong')
  else if (!emailPattern.test(email)) errors[name] = t('errors.emailInvalid')
  return email
}

export function checkLanguage(t: TFunction, input: FormInput, errors: FieldErrors): MailLanguage {
  const language = one(input, 'language')
  if (!isMailLanguage(language)) {
    errors.language = t('errors.languageInvalid')
    return 'fi'
  }
  return language
}

export function checkRegions(t: TFunction, input: FormInput, errors: FieldErrors): string[] {
  const chosen = many(input, 'regions')
  if (chosen.length > regions.length || chosen.some((r) => !regionValues.has(r)))
    errors.regions = t('errors.regionsInvalid')
  return [...new Set(chosen)]
}

export function checkConsent(t: TFunction, input: FormInput, errors: FieldErrors): void {
  const consent = one(input, 'consent')
  if (!['on', 'true', 'yes', '1'].includes(consent)) errors.consent = t('errors.consentRequired')
}

export function checkText(
  t: TFunction,
  input: FormInput,
  errors: FieldErrors,
  name: string,
  max: number,
  requiredMessage?: string,
  options: { multiLine?: boolean } = {},
): string {
  const value = one(input, name).trim()
  // A line break in a one-line field would end up in a mail's subject or headers; NUL nowhere.
  const problem = textProblem(value, { multiLine: Boolean(options.multiLine) })
  if (problem) errors[name] = t(problem === 'oneLine' ? 'errors.oneLine' : 'errors.invalidCharacters')
  else if (value.length > max) errors[name] = t('errors.tooLong', { max })
  else if (!value && requiredMessage) errors[name] = t(requiredMessage)
  return value
}
