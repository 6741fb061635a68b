/** The public address of the portal, for sitemap, robots and hreflang (SERVER_URL, as the config reads it). */
export function siteUrl(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}
