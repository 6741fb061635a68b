import { DiscussionQuestions } from '../../collections/DiscussionQuestions'
import { Files } from '../../collections/Files'
import { Languages } from '../../collections/Languages'
import { Materials } from '../../collections/Materials'
import { Media } from '../../collections/Media'
import { Municipalities } from '../../collections/Municipalities'
import { Organizations } from '../../collections/Organizations'
import { Pages } from '../../collections/Pages'
import { Themes } from '../../collections/Themes'
import type { Capability } from '../config/Capability'
import { SiteSettings } from './SiteSettings'

/**
 * The toolkit's content the ELY editors keep: languages, themes, discussion
 * questions, the material library, pages, the municipalities and
 * organisations, and the site's settings.
 */
export const toolkit: Capability = {
  collections: [Languages, Themes, DiscussionQuestions, Materials, Files, Media, Pages, Municipalities, Organizations],
  globals: [SiteSettings],
  endpoints: [],
  tasks: [],
}
