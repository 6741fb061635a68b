import { markTranslationsOutdated } from '../../../src/translations/markTranslationsOutdated'
import { outdateMaterialVersions } from '../../../src/translations/outdateMaterialVersions'

/** A change to the Finnish source marks the reviewed translations, and the reviewed files in other languages, out of date. */
export const outdateTranslations = markTranslationsOutdated({ alsoOutdate: outdateMaterialVersions })
