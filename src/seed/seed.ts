import type { Payload } from 'payload'

import { seedDocumentTexts } from '../documents/documentTexts/seedDocumentTexts'
import { seedDemo } from './demo/seedDemo'
import type { DemoLogin } from './demo/seedDemoUsers'
import { createContext, type SeedSummary } from './lib/context'
import { seedLanguages } from './seedLanguages'
import { seedMaterials } from './seedMaterials'
import { seedMunicipalities } from './seedMunicipalities'
import { seedPages } from './seedPages'
import { seedQuestions } from './seedQuestions'
import { seedSiteSettings } from './seedSiteSettings'
import { seedThemes } from './seedThemes'

export type SeedOptions = { demo: boolean }

export type SeedResult = {
  /** What this run created or completed, per collection; empty when the database was already seeded. */
  summary: SeedSummary
  /** Demo accounts that exist after the run (none in production). */
  demoLogins: DemoLogin[]
}

/**
 * Loads the reference data (languages, themes, questions, the 31
 * municipalities, the material library, the pages, the site settings) and,
 * with `demo`, the fictional example project. Idempotent: every record is
 * looked up by its natural key and only what is missing is written, through
 * the Local API only, so it behaves the same on SQLite and MongoDB.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const ctx = createContext(payload)
  const languages = await seedLanguages(ctx)
  const themes = await seedThemes(ctx)
  const questions = await seedQuestions(ctx, themes)
  await seedMunicipalities(ctx)
  await seedMaterials(ctx)
  await seedDocumentTexts(payload)
  await seedPages(ctx)
  await seedSiteSettings(ctx)
  const demoLogins = options.demo ? await seedDemo(ctx, { languages, themes, questions }) : []
  return { summary: ctx.summary, demoLogins }
}
