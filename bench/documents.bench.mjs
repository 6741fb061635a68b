#!/usr/bin/env node
// Generated documents: time and peak memory to make a 300-card experience-card
// deck and a 10-language invitation pack with the portal's generators, as a
// ratio to a bare pptxgenjs / docx document holding the same text, all
// measured in this one run. Each case runs in its own child process so its
// peak RSS (process.resourceUsage().maxRSS) is its own. Target: ≤ 1.5×.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(import.meta.url)
const root = path.resolve(path.dirname(here), '..')
const ROUNDS = 7
const CARDS = 300

/** The same content for both sides: cards from the demo data, questions and texts from the seed data. */
async function content(api) {
  const reference = async (p) => (await api(p)).default
  const themes = (await reference('../src/seed/reference/themes.ts')).themes.sort((a, b) => a.order - b.order)
  const demo = await reference('../src/seed/reference/demo.ts')
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const c = demo.cards[i % demo.cards.length]
    const theme = themes.find((t) => t.key === c.theme)
    return {
      text: `${c.text} (${i + 1})`,
      theme: { name: theme.name.fi, colour: theme.colour },
      tone: c.tone,
      populationGroup: 'Arabiankieliset lapsiperheet',
      tally: { more: i % 3, less: i % 2 },
    }
  })
  const questions = (await reference('../src/seed/reference/questions.ts')).questions
  const texts = (await reference('../src/documents/documentTexts/defaultTexts.ts')).texts
  const locales = ['fi', 'ar', 'en', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et']
  const packs = locales.map((locale) => ({
    locale,
    texts: { ...texts.fi.invitation, ...texts[locale].invitation },
    themes: themes.map((t) => ({
      id: t.key,
      name: t.name[locale] ?? t.name.fi,
      colour: t.colour,
      questions: questions
        .filter((q) => q.theme === t.key)
        .sort((a, b) => a.order - b.order)
        .map((q, i) => ({
          id: `${t.key}.${i}`,
          text: q.text[locale] ?? q.text.fi,
          finnish: q.text.fi,
          status: 'draft',
        })),
    })),
  }))
  return { cards, packs }
}

const cases = {
  async portalDeck({ cards }, api) {
    const { renderCardDeck } = await api('../src/documents/cardDeck/renderCardDeck.ts')
    const { getTranslator } = await api('../src/i18n/getTranslator.ts')
    const t = await getTranslator('fi', 'documents')
    return () => renderCardDeck({ locale: 'fi', t, title: 'Esimerkkilä', cards })
  },
  // The bare cases load their library through the same tsx loader, so the
  // loader's own memory (its worker thread) is in both measurements.
  async bareDeck({ cards }, api) {
    const mod = await api('pptxgenjs')
    const Pptx = mod.default?.default ?? mod.default
    return async () => {
      const pres = new Pptx()
      cards.forEach((c, i) => {
        const slide = pres.addSlide()
        slide.addText(`Teema: ${c.theme.name}`, { x: 0.4, y: 0.1, w: 6.6, h: 0.7 })
        slide.addText(`Kortti ${i + 1} / ${cards.length}`, { x: 7, y: 0.1, w: 2.6, h: 0.7 })
        slide.addText(c.text, { x: 0.6, y: 1.2, w: 8.8, h: 2.9 })
        slide.addText(`Sävy: ${c.tone}   ·   Väestöryhmä: ${c.populationGroup}`, { x: 0.6, y: 4.25, w: 8.8, h: 0.5 })
        slide.addText(`Enemmän tätä: ${c.tally.more}   ·   Vähemmän tuota: ${c.tally.less}`, {
          x: 0.6,
          y: 4.8,
          w: 8.8,
          h: 0.5,
        })
      })
      return pres.write({ outputType: 'nodebuffer' })
    }
  },
  async portalPack({ packs }, api) {
    const { renderInvitationPack } = await api('../src/documents/invitationPack/renderInvitationPack.ts')
    return () => Promise.all(packs.map((p) => renderInvitationPack(p)))
  },
  async barePack({ packs }, api) {
    const { Document, Packer, Paragraph } = await api('docx')
    return () =>
      Promise.all(
        packs.map((p) => {
          const t = p.texts
          const para = (text) => new Paragraph({ text })
          const children = [
            para(t.title),
            para(`${t.date}: ${t.blank}`),
            para(`${t.place}: ${t.blank}`),
            para(`${t.organiser}: ${t.blank}`),
            ...t.letter.split(/\n\s*\n/).map(para),
            para(t.questionsHeading),
            ...p.themes.flatMap((th) => [para(th.name), ...th.questions.map((q, i) => para(`${i + 1}. ${q.text}`))]),
            para(t.facilitatorHeading),
            ...t.facilitatorGuidance.split(/\n\s*\n/).map(para),
            para(t.scribeHeading),
            ...t.scribeGuidance.split(/\n\s*\n/).map(para),
          ]
          return Packer.toBuffer(new Document({ sections: [{ children }] }))
        }),
      )
  },
}

/**
 * In a child: load, warm up once, then time ROUNDS runs. The fastest run is
 * reported: on a shared machine the others mostly measure the neighbours.
 */
async function child(name) {
  const { tsImport } = await import('tsx/esm/api')
  const api = (p) => tsImport(p, import.meta.url)
  const run = await cases[name](await content(api), api)
  await run()
  const times = []
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  process.stdout.write(JSON.stringify({ ms: Math.min(...times), maxRssKb: process.resourceUsage().maxRSS }))
}

function measure(name) {
  const result = spawnSync(process.execPath, [here, '--child', name], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').pop())
}

if (process.argv[2] === '--child') {
  await child(process.argv[3])
} else {
  const target = 1.5
  let missed = false
  for (const [label, portal, bare] of [
    [`${CARDS}-card experience-card deck (pptx)`, 'portalDeck', 'bareDeck'],
    ['10-language invitation pack (docx)', 'portalPack', 'barePack'],
  ]) {
    const p = measure(portal)
    const b = measure(bare)
    const timeRatio = p.ms / b.ms
    const memRatio = p.maxRssKb / b.maxRssKb
    const verdict = (r) => (r <= target ? 'ok' : `MISSED (target ≤ ${target}×)`)
    if (timeRatio > target || memRatio > target) missed = true
    console.log(label)
    console.log(
      `  time   portal ${p.ms.toFixed(0)} ms / bare ${b.ms.toFixed(0)} ms = ${timeRatio.toFixed(2)}×  ${verdict(timeRatio)}`,
    )
    console.log(
      `  memory portal ${(p.maxRssKb / 1024).toFixed(0)} MB / bare ${(b.maxRssKb / 1024).toFixed(0)} MB peak RSS = ${memRatio.toFixed(2)}×  ${verdict(memRatio)}`,
    )
  }
  console.log(
    missed ? 'Some ratios are above the 1.5× target (printed as measured).' : 'All ratios within the 1.5× target.',
  )
}
