import { defaultLocale, type InterfaceLocale, interfaceLocales } from './locales'

/** The best interface language for an Accept-Language header, by its q-values. */
export function pickLanguage(header: string | null | undefined): InterfaceLocale {
  if (!header) return defaultLocale as InterfaceLocale
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of wanted) {
    const base = tag.split('-')[0]
    const match = interfaceLocales.find((l) => l === base)
    if (match) return match
  }
  return defaultLocale as InterfaceLocale
}
