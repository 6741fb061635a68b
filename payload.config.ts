import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Actions } from './collections/Actions'
import { DecisionEvents } from './collections/DecisionEvents'
import { DiscussionQuestions } from './collections/DiscussionQuestions'
import { Evaluations } from './collections/Evaluations'
import { ExperienceCards } from './collections/ExperienceCards'
import { FeedbackResponses } from './collections/FeedbackResponses'
import { Files } from './collections/Files'
import { Languages } from './collections/Languages'
import { Materials } from './collections/Materials'
import { Media } from './collections/Media'
import { Municipalities } from './collections/Municipalities'
import { Newsletters } from './collections/Newsletters'
import { Organizations } from './collections/Organizations'
import { Pages } from './collections/Pages'
import { Projects } from './collections/Projects'
import { Reports } from './collections/Reports'
import { Sessions } from './collections/Sessions'
import { Subscribers } from './collections/Subscribers'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { WorkspaceRequests } from './collections/WorkspaceRequests'
import { hideWhatRoleCannotUsePlugin } from './src/admin/navigation/hideWhatRoleCannotUse'
import { readSettingsOrExit } from './src/config/readSettings'
import { selectDatabaseAdapter } from './src/db/selectDatabaseAdapter'
import { documentCollections, documentEndpoints, documentGlobals } from './src/documents'
import { emailCollections, emailEndpoints, emailGlobals, resendAdapter } from './src/email'
import { keepRefusalDetails } from './src/errors/keepRefusalDetails'
import { refusalLoggingLevels } from './src/errors/refusalLoggingLevels'
import { SiteSettings } from './src/globals/SiteSettings'
import { healthEndpoints } from './src/health'
import { adminFallbackLanguage, adminSupportedLanguages } from './src/i18n/admin/adminInterfaceLanguages'
import { localizeAdminLabelsPlugin } from './src/i18n/admin/localizeAdminLabelsPlugin'
import { contentLocales, defaultLocale } from './src/i18n/locales'
import { tasks } from './src/jobs'
import { projectCollections, projectEndpoints, projectGlobals } from './src/projects'
import { seedOnFirstStart } from './src/seed/seedOnFirstStart'
import { translationCollections, translationEndpoints, translationGlobals } from './src/translations'
import { trackGlobalTranslationsPlugin } from './src/translations/trackGlobalTranslationsPlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = readSettingsOrExit()

export default buildConfig({
  serverURL: settings.serverUrl,
  secret: settings.secret,
  db: selectDatabaseAdapter(settings.database),
  editor: lexicalEditor(),
  email: resendAdapter,
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Hyvät väestösuhteet' },
    // Payload's built-in avatar: Gravatar would send a hash of each user's e-mail to a third party.
    avatar: 'default',
    components: {
      views: {
        projectOverview: {
          Component: '/src/admin/projects/ProjectOverviewView#ProjectOverviewView',
          path: '/project-overview/:id',
        },
        nationalOverview: {
          Component: '/src/admin/projects/NationalOverviewView#NationalOverviewView',
          path: '/national-overview',
        },
        translationOverview: {
          Component: '/src/admin/translations/TranslationOverviewView#TranslationOverviewView',
          path: '/translations',
          exact: true,
        },
        translationCompare: {
          Component: '/src/admin/translations/TranslationCompareView#TranslationCompareView',
          path: '/translations/compare/:slug/:id/:lang',
        },
      },
      afterNavLinks: [
        '/src/admin/translations/TranslationsNavLink#TranslationsNavLink',
        '/src/admin/projects/NationalOverviewNavLink#NationalOverviewNavLink',
      ],
      beforeDashboard: ['/src/admin/projects/YourProjects#YourProjects'],
      // Names, labels and roles Payload's own markup lacks (see src/admin/accessibility/repairAdminMarkup.ts).
      providers: ['/src/admin/accessibility/AccessibleAdmin#AccessibleAdmin'],
    },
  },
  collections: [
    Users,
    Languages,
    Themes,
    DiscussionQuestions,
    Materials,
    Files,
    Media,
    Pages,
    Municipalities,
    Organizations,
    Projects,
    Sessions,
    Reports,
    ExperienceCards,
    DecisionEvents,
    Actions,
    FeedbackResponses,
    Evaluations,
    Subscribers,
    Newsletters,
    WorkspaceRequests,
    ...documentCollections,
    ...emailCollections,
    ...projectCollections,
    ...translationCollections,
  ],
  endpoints: [
    ...healthEndpoints,
    ...documentEndpoints,
    ...emailEndpoints,
    ...projectEndpoints,
    ...translationEndpoints,
  ],
  jobs: {
    tasks,
    // The server works its own queue (newsletters, regenerated materials,
    // reminders, retention); tests run jobs explicitly instead.
    autoRun: [
      { cron: '* * * * *', queue: 'default' },
      { cron: '0 * * * *', queue: 'hourly' },
    ],
    shouldAutoRun: () => !process.env.JEST_WORKER_ID && process.env.NEXT_PHASE !== 'phase-production-build',
  },
  globals: [SiteSettings, ...documentGlobals, ...emailGlobals, ...projectGlobals, ...translationGlobals],
  localization: {
    locales: contentLocales.map((l) => ({ code: l.code, label: l.nativeName, rtl: l.direction === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    // Finnish first: the toolkit's editors work in Finnish; each user can switch on their account page.
    supportedLanguages: adminSupportedLanguages,
    fallbackLanguage: adminFallbackLanguage,
  },
  // Last, so every capability module's collections and globals get their Finnish/Swedish/English labels.
  plugins: [trackGlobalTranslationsPlugin, hideWhatRoleCannotUsePlugin, localizeAdminLabelsPlugin],
  loggingLevels: refusalLoggingLevels,
  hooks: { afterError: [keepRefusalDetails] },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: seedOnFirstStart,
})
