import { markTranslationsOutdated } from '../../../src/translations/markTranslationsOutdated'

/** A change to the Finnish source marks the reviewed translations out of date. */
export const outdateTranslations = markTranslationsOutdated()
