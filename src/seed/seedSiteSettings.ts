import { type ContentLocaleCode, defaultLocale, interfaceLocales } from '../i18n/locales'
import { count, type SeedContext } from './lib/context'
import data from './reference/siteSettings'

type Row = { id?: string; name?: string; email?: string; title?: unknown; organization?: string; phone?: string }

const blank = (v: unknown) => v === undefined || v === null || v === ''

/** The site name in every interface language, unless an editor has already named it. */
function siteNameToWrite(current: unknown, locale: string, wanted: string): boolean {
  const value = (current as Record<string, unknown> | undefined)?.[locale]
  // The field's default is the Finnish name in every locale; a Swedish or English page showing it was never chosen by anyone.
  return blank(value) || (value === data.siteName.fi && wanted !== value)
}

/**
 * Fills the contacts and links of the site settings from the source page.
 * Only empty settings are written, so an editor's later changes survive.
 */
export async function seedSiteSettings(ctx: SeedContext): Promise<void> {
  const { payload } = ctx
  const read = async () =>
    (await payload.findGlobal({
      slug: 'site-settings',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
  let current = await read()
  let changed = false
  const update = async (locale: ContentLocaleCode, values: Record<string, unknown>) => {
    await payload.updateGlobal({ slug: 'site-settings', locale, data: values as never, depth: 0, overrideAccess: true })
    changed = true
    current = await read()
  }

  const siteNames = data.siteName as Record<ContentLocaleCode, string>
  // Finnish first: it is the default locale and the field is required there.
  for (const locale of interfaceLocales) {
    if (siteNameToWrite(current.siteName, locale, siteNames[locale]))
      await update(locale, { siteName: siteNames[locale] })
  }

  const links: Record<string, string> = {}
  for (const [key, url] of Object.entries(data.links)) if (blank(current[key])) links[key] = url
  if (Object.keys(links).length) await update('fi', links)

  if (!Array.isArray(current.contacts) || current.contacts.length === 0) {
    await update('fi', {
      contacts: data.contacts.map(({ title, ...contact }) => ({ ...contact, title: title.fi })),
    })
  }
  // Titles are localized inside the (unlocalized) array: each locale is written against the same row ids.
  for (const locale of interfaceLocales.filter((l) => l !== defaultLocale)) {
    const rows = (current.contacts ?? []) as Row[]
    const missing = rows.some((row) => {
      const wanted = data.contacts.find((c) => c.email === row.email)
      return wanted && blank((row.title as Record<string, unknown> | undefined)?.[locale])
    })
    if (!missing) continue
    await update(locale, {
      contacts: rows.map((row) => {
        const wanted = data.contacts.find((c) => c.email === row.email)
        const existing = (row.title as Record<string, unknown> | undefined)?.[locale]
        return { ...row, title: blank(existing) && wanted ? wanted.title[locale] : existing }
      }),
    })
  }
  if (changed) count(ctx, 'site-settings', 'updated')
}
