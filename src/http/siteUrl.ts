/**
 * The portal's public address, without a trailing slash, for links in e-mail, the sitemap, robots.txt,
 * hreflang alternates and Payload's serverURL: SERVER_URL, else this machine on PORT (3000).
 * The one place that knows; readSettings checks it at start with the rest of the environment.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '')
}
