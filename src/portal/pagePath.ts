/** The portal address of a CMS page, without the language: the home page is the language root. */
export function pagePath(slug: string, kind?: string | null): string {
  return kind === 'home' || slug === 'home' ? '' : `/${slug}`
}
