import type { PageData } from '../types'
import accessibilityStatement from './accessibility-statement'
import contacts from './contacts'
import decisionMakerEvent from './decision-maker-event'
import discussionSessions from './discussion-sessions'
import forResidents from './for-residents'
import home from './home'
import howToStart from './how-to-start'
import monitoringAndEvaluation from './monitoring-and-evaluation'
import privacyNotice from './privacy-notice'

export type { PageData, PageText } from '../types'

// Static imports rather than reading the folder: the seed also runs inside the bundled Next.js server.
export const pages: PageData[] = [
  home,
  discussionSessions,
  decisionMakerEvent,
  monitoringAndEvaluation,
  howToStart,
  forResidents,
  contacts,
  privacyNotice,
  accessibilityStatement,
]
