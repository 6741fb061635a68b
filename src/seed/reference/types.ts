// The shapes of the reference modules, built from the generated Payload types (src/payload-types.ts).
// The seed's records name each other by a key (an organisation's `key`, a session's `key`, a theme's key,
// a language's code, a question's key) instead of an id; the seed looks the ids up as it writes them.
import type { ContentLocaleCode, InterfaceLocale } from '../../i18n/locales'
import type {
  Action,
  DecisionEvent,
  DiscussionQuestion,
  Evaluation,
  EventPlacement,
  EventVerdict,
  ExperienceCard,
  FeedbackResponse,
  Language,
  Material,
  Municipality,
  Organization,
  Page,
  Project,
  Report,
  Session,
  SiteSetting,
  Theme,
  User,
} from '../../payload-types'
import type { ContentBlock } from '../lib/lexical'
import type { Texts } from '../lib/localized'

/** A record's own fields: what Payload fills in itself (id, timestamps) left out. */
type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>
/** One row of an array field, without the row id Payload gives it. */
type Row<T> = Omit<NonNullable<T> extends readonly (infer R)[] ? R : never, 'id'>
/** A seed record's `key`, by which the other records refer to it. */
type Key = string
/** A language by its code (languages.ts), e.g. 'ar'. */
type LanguageCode = Language['code']

type DemoOrganization = Omit<Fields<Organization>, 'municipality' | 'website'> & { key: Key }

type DemoProject = Omit<
  Fields<Project>,
  'municipality' | 'previousRound' | 'isExample' | 'partners' | 'populationGroups' | 'languages'
> & {
  /** Organisation keys. */
  partners: Key[]
  populationGroups: string[]
  languages: LanguageCode[]
}

type DemoSession = Omit<Fields<Session>, 'project' | 'title' | 'language' | 'organization'> & {
  key: Key
  language: LanguageCode
  /** Organisation key. */
  organization: Key
}

type DemoReport = Omit<Fields<Report>, 'session' | 'project' | 'answers'> & {
  /** Session key; a session has at most one report. */
  session: Key
  /** `question`: the discussion question's key, e.g. 'participation.1'. */
  answers: (Omit<Row<Report['answers']>, 'question'> & { question: Key })[]
}

type DemoCard = Omit<Fields<ExperienceCard>, 'project' | 'theme' | 'sourceSession' | 'sourceReport'> & {
  key: Key
  theme: Theme['key']
  /** Session key; the card cites that session's report too unless `report` is false. */
  session: Key
  report?: false
}

/** A group's answer to a card, named by the card's key. */
type ByCard<T> = Omit<Fields<T>, 'event' | 'project' | 'card'> & { card: Key }

type DemoEvent = Omit<
  Fields<DecisionEvent>,
  'project' | 'boardToken' | 'surveyToken' | 'invitees' | 'smallGroups' | 'grid'
> & {
  invitees: (Omit<Row<DecisionEvent['invitees']>, 'organization'> & { organization?: Key })[]
  smallGroups: string[]
  verdicts: ByCard<EventVerdict>[]
  grid: {
    axes: Partial<Record<ContentLocaleCode, NonNullable<DecisionEvent['grid']>>>
    placements: ByCard<EventPlacement>[]
  }
}

type DemoAction = Omit<Fields<Action>, 'event' | 'project' | 'municipality' | 'responsibleOrganizations'> & {
  /** Organisation keys. */
  responsible: Key[]
}

type DemoFeedback = Omit<Fields<FeedbackResponse>, 'event' | 'project'>

type DemoEvaluation = Omit<Fields<Evaluation>, 'project' | 'action' | 'reminderSentAt'> & {
  /** The evaluated action, by its title. */
  action?: string
}

type DemoUser = Pick<User, 'email' | 'name' | 'role'> & {
  /** A coordinator of the example municipality. */
  exampleMunicipality?: boolean
  /** Organisation key. */
  organization?: Key
}

/** src/seed/reference/demo.ts: the fictional example municipality and one project through every stage. */
export type DemoData = {
  _comment: string
  municipality: Omit<Fields<Municipality>, 'slug' | 'isExample' | 'languagesUsed' | 'summary'> & {
    summary: Texts
  }
  organizations: DemoOrganization[]
  project: DemoProject
  sessions: DemoSession[]
  reports: DemoReport[]
  cards: DemoCard[]
  event: DemoEvent
  actions: DemoAction[]
  feedback: DemoFeedback[]
  evaluations: DemoEvaluation[]
  users: DemoUser[]
}

/** Fields translated per language, given as `{ fi, sv, … }`; their translation status is set by the seed. */
type Translated = 'translationStatus' | 'reviewedBy' | 'reviewedAt'

/** src/seed/reference/municipalities.ts: the municipalities where data collection has been carried out. */
export type MunicipalitiesData = {
  _comment: string[]
  municipalities: (Omit<
    Fields<Municipality>,
    'slug' | 'isExample' | 'languagesUsed' | 'summary' | 'partnerMunicipalities'
  > & {
    summary: Texts
    /** Names of the neighbouring municipalities. */
    partnerMunicipalities?: string[]
  })[]
}

/** src/seed/reference/themes.ts */
export type ThemesData = {
  _comment: string
  themes: (Omit<Fields<Theme>, Translated | 'name' | 'description'> & { name: Texts; description: Texts })[]
}

/** src/seed/reference/languages.ts */
export type LanguagesData = {
  _comment: string
  languages: (Omit<Fields<Language>, 'name'> & { name: Texts })[]
}

/** src/seed/reference/questions.ts: recognised by theme key and order. */
export type QuestionsData = {
  _comment: string
  /** The languages whose question texts are marked reviewed; the others are drafts. */
  reviewedLocales: InterfaceLocale[]
  questions: (Omit<Fields<DiscussionQuestion>, Translated | 'theme' | 'text' | 'facilitatorNote'> & {
    theme: Theme['key']
    text: Texts
    facilitatorNote: Texts
  })[]
}

/** src/seed/reference/materials.ts: the material library, by slug. */
export type MaterialsData = {
  _comment: string
  materials: (Omit<Fields<Material>, Translated | '_status' | 'title' | 'description' | 'versions'> & {
    title: Texts
    description: Texts
    versions: Row<Material['versions']>[]
  })[]
}

/** src/seed/reference/siteSettings.ts: written only where the global is still blank. */
export type SiteSettingsData = {
  _comment: string
  siteName: Texts
  contacts: (Omit<Row<SiteSetting['contacts']>, 'title'> & { title: Texts })[]
  links: Partial<
    Pick<
      SiteSetting,
      'linkedinUrl' | 'mailingListUrl' | 'workspaceUrl' | 'workspaceSignupUrl' | 'accessibilityFeedbackUrl'
    >
  >
}

/** One language version of a page; `content` becomes a Lexical editor state (src/seed/lib/lexical.ts). */
export type PageText = { title: string; summary: string; content: ContentBlock[] }

/** src/seed/reference/pages/*.ts: a toolkit page, by slug. */
export type PageData = Pick<Page, 'slug' | 'kind'> & {
  _comment?: string
  part?: NonNullable<Page['part']>
  locales: Partial<Record<ContentLocaleCode, PageText>>
}
