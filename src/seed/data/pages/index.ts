import type { ContentLocaleCode } from '../../../i18n/locales'
import type { ContentBlock } from '../../lib/lexical'
import accessibilityStatement from './accessibility-statement.json'
import contacts from './contacts.json'
import decisionMakerEvent from './decision-maker-event.json'
import discussionSessions from './discussion-sessions.json'
import forResidents from './for-residents.json'
import home from './home.json'
import howToStart from './how-to-start.json'
import monitoringAndEvaluation from './monitoring-and-evaluation.json'
import privacyNotice from './privacy-notice.json'

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
