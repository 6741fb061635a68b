import type { AcceptedLanguages, SupportedLanguages } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'

import { fi } from './fi'

/**
 * The admin's interface languages, Finnish first. Payload's types list only the
 * languages it ships; at run time any key of supportedLanguages works (the
 * language cookie is checked against these keys), hence the casts.
 */
export const adminSupportedLanguages = { fi, sv, en } as unknown as SupportedLanguages

/** New users and browsers asking for another language get the Finnish admin. */
export const adminFallbackLanguage = 'fi' as AcceptedLanguages
