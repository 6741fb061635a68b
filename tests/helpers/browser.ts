import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export function hasChromium(): boolean {
  return fs.existsSync(chromiumPath)
}

/** Debian's Chromium with the flags this closed network needs (no background connections). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** WCAG 2.1 AA as the law asks: axe with the wcag2a, wcag2aa, wcag21a and wcag21aa rules. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
}

export function e2eBaseUrl(): string {
  const url = process.env.E2E_BASE_URL || (fs.existsSync(urlFile) ? fs.readFileSync(urlFile, 'utf8').trim() : '')
  if (!url)
    throw new Error('No e2e server: run the browser tests through `npm test` or `npx jest -c jest.e2e.config.mjs`.')
  return url
}

// One file per checkout and build folder, so parallel runs (other clones, other builds) don't cross.
export const urlFile = path.join(
  os.tmpdir(),
  `portal-e2e-url-${crypto
    .createHash('sha256')
    .update(`${process.cwd()}:${process.env.NEXT_DIST_DIR || '.next'}`)
    .digest('hex')
    .slice(0, 12)}`,
)
