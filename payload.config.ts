import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { managesJobs, runsJobs } from './src/access/runsJobs'
import { hideWhatRoleCannotUsePlugin } from './src/admin/navigation/hideWhatRoleCannotUse'
import type { Capability } from './src/config/Capability'
import { readSettingsOrExit } from './src/config/readSettings'
import { uploadStorage } from './src/config/uploadStorage'
import { selectDatabaseAdapter } from './src/db/selectDatabaseAdapter'
import { documents } from './src/documents'
import { email, resendAdapter } from './src/email'
import { keepRefusalDetails } from './src/errors/keepRefusalDetails'
import { refusalLoggingLevels } from './src/errors/refusalLoggingLevels'
import { health } from './src/health'
import { maxQueryComplexity, queryDepthLimit } from './src/http/graphqlLimits'
import { maxReadDepth } from './src/http/guardRequest'
import { adminFallbackLanguage, adminSupportedLanguages } from './src/i18n/admin/adminInterfaceLanguages'
import { localizeAdminLabelsPlugin } from './src/i18n/admin/localizeAdminLabelsPlugin'
import { contentLocales, defaultLocale } from './src/i18n/locales'
import { portalRole } from './src/jobs/portalRole'
import { projects } from './src/projects'
import { restrictEditLocks } from './src/security/restrictEditLocks'
import { seedOnFirstStart } from './src/seed/seedOnFirstStart'
import { toolkit } from './src/toolkit'
import { translations } from './src/translations'
import { trackTranslationsPlugin } from './src/translations/trackTranslationsPlugin'
import { users } from './src/users'
import { checkInputPlugin } from './src/validation/checkInputPlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = readSettingsOrExit()

/** Everything the portal does, one capability each (src/<capability>/index.ts); the admin lists collections in this order. */
const capabilities: Capability[] = [users, toolkit, projects, email, documents, translations, health]
const allAdmin = <K extends keyof NonNullable<Capability['admin']>>(key: K) =>
  capabilities.map((c) => c.admin?.[key]).filter((part): part is NonNullable<typeof part> => Boolean(part))

export default buildConfig({
  serverURL: settings.serverUrl,
  secret: settings.secret,
  db: selectDatabaseAdapter(settings.database),
  editor: lexicalEditor(),
  email: resendAdapter,
  sharp,
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Hyvät väestösuhteet' },
    // Payload's built-in avatar: Gravatar would send a hash of each user's e-mail to a third party.
    avatar: 'default',
    components: {
      views: Object.assign({}, ...allAdmin('views')),
      afterNavLinks: allAdmin('afterNavLinks').flat(),
      beforeDashboard: allAdmin('beforeDashboard').flat(),
      // Names, labels and roles Payload's own markup lacks (see src/admin/accessibility/repairAdminMarkup.ts).
      providers: ['/src/admin/accessibility/AccessibleAdmin#AccessibleAdmin'],
    },
  },
  collections: capabilities.flatMap((c) => c.collections),
  endpoints: capabilities.flatMap((c) => c.endpoints),
  jobs: {
    tasks: capabilities.flatMap((c) => c.tasks),
    access: { run: runsJobs, queue: managesJobs, cancel: managesJobs },
    // A single server (PORTAL_ROLE=all) works its own queue (newsletters, regenerated materials,
    // reminders, retention); web instances leave it to `npm run worker` (src/jobs), and tests run jobs explicitly.
    autoRun: () =>
      portalRole() === 'all'
        ? [
            { cron: '* * * * *', queue: 'default' },
            { cron: '0 * * * *', queue: 'hourly' },
          ]
        : [],
    shouldAutoRun: () => !process.env.JEST_WORKER_ID && process.env.NEXT_PHASE !== 'phase-production-build',
  },
  globals: capabilities.flatMap((c) => c.globals),
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
  // Uploads go to S3 when S3_BUCKET is set (src/config/uploadStorage.ts), before the others so they see its fields.
  // checkInputPlugin puts its checks first in every collection's and global's hooks (see src/validation).
  plugins: [
    uploadStorage(settings.uploadStorage),
    trackTranslationsPlugin,
    hideWhatRoleCannotUsePlugin,
    localizeAdminLabelsPlugin,
    checkInputPlugin,
  ],
  // Reads populate at most this deep (REST `depth` is capped to it too, see src/http/guardRequest.ts).
  maxDepth: maxReadDepth,
  graphQL: { maxComplexity: maxQueryComplexity, validationRules: () => [queryDepthLimit] },
  loggingLevels: refusalLoggingLevels,
  hooks: { afterError: [keepRefusalDetails] },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: seedOnFirstStart,
}).then(restrictEditLocks)
