import type { GlobalAfterChangeHook } from 'payload'

import { contentLocaleCodes, defaultLocale } from '../i18n/locales'
import { localizedTextPaths, valueAt } from './localizedTextPaths'

/** markTranslationsOutdated for a global (the document texts): a Finnish change outdates the reviewed languages. */
export const markGlobalTranslationsOutdated: GlobalAfterChangeHook = async ({
  global,
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (req.locale !== defaultLocale || context?.translationTracking) return doc
  const changed = localizedTextPaths(global.fields).some(
    (p) => JSON.stringify(valueAt(doc, p) ?? null) !== JSON.stringify(valueAt(previousDoc, p) ?? null),
  )
  if (!changed) return doc
  const all = (await req.payload.findGlobal({
    slug: global.slug as never,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  const statuses = (all.translationStatus ?? {}) as Record<string, string | undefined>
  for (const locale of contentLocaleCodes) {
    if (locale === defaultLocale || statuses[locale] !== 'reviewed') continue
    await req.payload.updateGlobal({
      slug: global.slug as never,
      locale,
      data: { translationStatus: 'outdated' } as never,
      overrideAccess: true,
      context: { ...context, translationTracking: 'outdating' },
      req,
    })
  }
  return doc
}
