import type { ContentLocaleCode } from '../../../i18n/locales'
import type { ContentBlock } from '../../lib/lexical'
import accessibilityStatement from './accessibility-statement'
import contacts from './contacts'
import decisionMakerEvent from './decision-maker-event'
import discussionSessions from './discussion-sessions'
import forResidents from './for-residents'
import home from './home'
import howToStart from './how-to-start'
import monitoringAndEvaluation from './monitoring-and-evaluation'
import privacyNotice from './privacy-notice'

export type PageText = { title: string; summary: string; content: ContentBlock[] }

export type PageData = {
  slug: string
  kind: string
  part?: string
  locales: Partial<Record<ContentLocaleCode, PageText>>
}

// Static imports rather than reading the folder: the seed also runs inside the bundled Next.js server.
export const pages = [
  home,
  discussionSessions,
  decisionMakerEvent,
  monitoringAndEvaluation,
  howToStart,
  forResidents,
  contacts,
  privacyNotice,
  accessibilityStatement,
] as PageData[]
