/**
 * The one HTTP edge every custom endpoint uses: whose language a request is answered in, reading
 * its body within a limit, refusing in one shape with a localized sentence, and the site's address.
 */
export { clientAddress } from './clientAddress'
export { endpoint } from './endpoint'
export { type Body, defaultBodyLimit, readBody, type ReadBodyOptions } from './readBody'
export { refusalBody, type RefusalItem, refusalResponse, refuse, type RefuseOptions } from './refuse'
export { type LanguageSource, preferredLanguage, requestLanguage } from './requestLanguage'
export { siteUrl } from './siteUrl'
