/**
 * The generated documents as they come out of the printer and the projector:
 * every text of an experience card or of the results presentation within its
 * box and on the slide, whatever card text the collection accepts (1,200
 * characters); charts of counts with whole-number steps and legends large
 * enough to read from the back of a room; scribe forms whose questions stay
 * on one page with room to write by hand. Pages are laid out as Word does by
 * docx's own layout (docx/layout), and text fitting is checked against it.
 */
import { AlignmentType, Document, Paragraph, TextRun } from 'docx'
import { layoutDocument } from 'docx/layout'

import { renderCardDeck } from '../../../src/documents/cardDeck/renderCardDeck'
import defaults from '../../../src/documents/documentTexts/defaultTexts'
import { renderResultsPresentation } from '../../../src/documents/resultsPresentation/renderResultsPresentation'
import {
  HANDWRITING_LINE,
  renderScribeForm,
  scribeFormDocument,
  type ScribeFormOptions,
  WRITING_LINES,
} from '../../../src/documents/scribeForm/renderScribeForm'
import { LINE_HEIGHT, measure, wrapLines } from '../../../src/documents/shared/fitText'
import { getTranslator } from '../../../src/i18n/getTranslator'
import questionData from '../../../src/seed/reference/questions'
import themeData from '../../../src/seed/reference/themes'
import { openZip, part, type SlideShape, slideShapes, slideSize, slideTexts } from '../../helpers/ooxml'

const MAX_CARD = 1200

/** Card texts at the collection's limit in the scripts the cards are written in. */
const sentences: Record<string, string> = {
  fi: 'Kun muutimme kuntaan, kukaan ei kertonut meille, miten päiväkotipaikkaa haetaan tai mistä saa tietoa omalla kielellä. Naapurit tervehtivät, mutta keskusteluja syntyi vasta, kun lapset alkoivat käydä samaa kerhoa. ',
  ru: 'Когда мы переехали, никто не объяснил нам, как подать заявление на место в детском саду и где найти информацию на родном языке. Соседи здороваются, но настоящие разговоры начались, когда дети стали ходить в один кружок. ',
  ar: 'عندما انتقلنا إلى البلدية لم يخبرنا أحد كيف نتقدم بطلب مكان في الروضة أو أين نجد المعلومات بلغتنا. الجيران يلقون التحية، لكن الأحاديث الحقيقية بدأت فقط عندما بدأ الأطفال يذهبون إلى النادي نفسه. ',
  vi: 'Khi chúng tôi chuyển đến, không ai nói cho chúng tôi biết cách xin chỗ học mẫu giáo hay tìm thông tin bằng tiếng mẹ đẻ ở đâu. Hàng xóm chào hỏi, nhưng những cuộc trò chuyện thật sự chỉ bắt đầu khi bọn trẻ đi cùng một câu lạc bộ. ',
}
const atLimit = (sentence: string) =>
  sentence
    .repeat(Math.ceil(MAX_CARD / sentence.length))
    .slice(0, MAX_CARD)
    .trim()
const longCards = {
  ...Object.fromEntries(Object.entries(sentences).map(([k, v]) => [k, atLimit(v)])),
  // The worst a typist can do: the widest letter, with no space to wrap at.
  wide: 'W'.repeat(MAX_CARD),
} as Record<string, string>

const lineOf = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A shape's text fits its box at the sizes written in the file, and the box is on the slide. */
function expectWithin(shape: SlideShape, slide: { w: number; h: number }) {
  expect(shape.x).toBeGreaterThanOrEqual(0)
  expect(shape.y).toBeGreaterThanOrEqual(0)
  expect(shape.x + shape.w).toBeLessThanOrEqual(slide.w + 1e-6)
  expect(shape.y + shape.h).toBeLessThanOrEqual(slide.h + 1e-6)
  const sizes = new Set(shape.paragraphs.map((p) => p.size))
  expect(sizes.size).toBeLessThanOrEqual(1)
  const size = shape.paragraphs[0]?.size ?? 18
  const inset = Math.max(shape.inset.l, shape.inset.r, shape.inset.t, shape.inset.b)
  const { fits, height } = measure(shape.paragraphs, { w: shape.w, h: shape.h, inset }, size)
  const text = shape.paragraphs.map((p) => p.text).join(' / ')
  expect({ text, size, height, fits }).toEqual({ text, size, height, fits: true })
}

/** No two text boxes of a slide overlap. */
function expectApart(shapes: SlideShape[]) {
  for (const [i, a] of shapes.entries()) {
    for (const b of shapes.slice(i + 1)) {
      const overlap =
        a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6
      expect({ a: a.paragraphs[0]?.text, b: b.paragraphs[0]?.text, overlap }).toMatchObject({ overlap: false })
    }
  }
}

describe('fitting text: the estimate is never shorter than Word’s own layout of the same text', () => {
  // Word's layout of a paragraph in Arial at the same width: lines counted and line height measured.
  function wordLines(text: string, widthPt: number, size: number, rtl: boolean) {
    const document = new Document({
      sections: [
        {
          properties: {
            page: {
              size: { width: Math.round(widthPt * 20), height: 16838 },
              margin: { top: 0, bottom: 0, left: 0, right: 0 },
            },
          },
          children: [
            new Paragraph({
              bidirectional: rtl,
              alignment: rtl ? AlignmentType.RIGHT : undefined,
              children: [new TextRun({ text, font: 'Arial', size: size * 2, rightToLeft: rtl })],
            }),
          ],
        },
      ],
    })
    const { pages } = layoutDocument(document, { guess: true })
    return pages.flatMap((p) => p.body).flatMap((b) => (b.type === 'paragraph' ? b.lines : []))
  }

  it.each(Object.keys(sentences))('%s at 12, 16 and 24 pt in a card-wide box', (lang) => {
    for (const size of [12, 16, 24]) {
      const width = 8.8 * 72 - 2 * 7.2
      const word = wordLines(longCards[lang], width, size, lang === 'ar')
      const ours = wrapLines(longCards[lang], width, size)
      expect(word.length).toBeGreaterThan(3)
      expect(ours.length).toBeGreaterThanOrEqual(word.length)
      // Conservative, not wasteful: at most a third more lines than Word needs.
      expect(ours.length).toBeLessThanOrEqual(Math.ceil(word.length * 1.34))
      // Lines are at least as tall as Word makes them (pixels at 96 per inch → points).
      const wordLineHeight = (word[0].height * 72) / 96
      expect(size * LINE_HEIGHT).toBeGreaterThanOrEqual(wordLineHeight - 0.01)
    }
  })
})

describe('experience-card deck', () => {
  it('fits any card text the collection accepts: the text shrinks, or the card continues on the next slide', async () => {
    const t = await getTranslator('fi', 'documents')
    const texts = ['Lyhyt kortti.', ...Object.values(longCards)]
    const cards = texts.map((text, i) => ({
      text,
      theme: { name: i === 1 ? 'T'.repeat(120) : 'Turvallisuuden tunne', colour: '#1D7A46' },
      tone: 'negative' as const,
      populationGroup: i === 2 ? 'Ryhmä '.repeat(33).trim() : 'Venäjänkieliset eläkeläiset',
      tally: { more: 3, less: 1 },
    }))
    const zip = await openZip(await renderCardDeck({ locale: 'fi', t, title: 'Esimerkkilä', cards }))
    const size = await slideSize(zip)
    const slides = await slideShapes(zip)
    for (const shapes of slides) {
      expect(shapes).toHaveLength(4)
      for (const shape of shapes) expectWithin(shape, size)
      expectApart(shapes)
    }
    // Every card's text is on its slides in full, in order; a continued card says so on its next slide.
    const shown = slides.map((shapes) => ({
      number: shapes[1].paragraphs[0].text,
      text: shapes[2].paragraphs.map((p) => p.text).join(' '),
    }))
    const byCard = texts.map((_, i) => shown.filter((s) => s.number.startsWith(`Kortti ${i + 1} / ${texts.length}`)))
    expect(byCard.reduce((n, parts) => n + parts.length, 0)).toBe(slides.length)
    const compact = (text: string) => text.replace(/\s+/g, '')
    expect(byCard.map((parts) => compact(parts.map((p) => p.text).join(' ')))).toEqual(texts.map(compact))
    expect(byCard.map((parts) => parts.map((p) => p.number.endsWith('(jatkuu)')))).toEqual(
      byCard.map((parts) => parts.map((_, j) => j > 0)),
    )
    // Texts in ordinary words never need a second slide: they shrink, no smaller than 12 pt.
    const sizes = slides.map((shapes) => shapes[2].paragraphs[0].size)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    expect(slides.length).toBe(texts.length + 1)
    expect(sizes[0]).toBe(24)
  })
})

describe('results presentation', () => {
  const render = async (locale: string, selected: string[], sessions = 3) => {
    const t = await getTranslator(locale, 'documents')
    const theme = { name: 'Vuorovaikutus', colour: '#B3541E' }
    return openZip(
      await renderResultsPresentation({
        locale,
        t,
        projectTitle: 'Esimerkkilä – '.repeat(14),
        sessions: Array.from({ length: sessions }, (_, i) => ({
          language: ['arabia', 'somali', 'venäjä'][i % 3],
          populationGroup: i === 1 ? 'Ryhmä '.repeat(33).trim() : `Ryhmä ${i + 1}`,
          participants: 7 + i,
        })),
        themes: [
          { name: 'Osallisuus', colour: '#1F5FA8', positive: 3, negative: 1 },
          { name: 'Asenteet', colour: '#7B3F9E', positive: 0, negative: 2 },
          { name: 'Turvallisuuden tunne', colour: '#1D7A46', positive: 1, negative: 1 },
          { name: 'Vuorovaikutus', colour: '#B3541E', positive: 2, negative: 0 },
        ],
        selectedCards: selected.map((text, i) => ({ text, theme, tone: i % 2 ? 'negative' : 'positive' })),
        event: { title: 'Päättäjätilaisuus', date: '1. syyskuuta 2026 klo 13', place: 'Kaupungintalo, '.repeat(21) },
      }),
    )
  }

  it('places every selected card within its box and the slide, whatever its length, in reading order', async () => {
    const selected = ['Lyhyt kortti.', longCards.fi, 'Toinen lyhyt.', longCards.ru, longCards.wide, longCards.vi]
    const zip = await render('fi', selected)
    const size = await slideSize(zip)
    const slides = await slideShapes(zip)
    for (const shapes of slides) {
      for (const shape of shapes) expectWithin(shape, size)
      expectApart(shapes)
    }
    const cardSlides = slides.filter((s) => s[0].paragraphs[0].text === 'Päättäjätilaisuuteen valitut kortit')
    const shown = cardSlides
      .flatMap((s) => s.slice(1))
      .map((shape) =>
        shape.paragraphs
          .slice(1)
          .map((p) => p.text)
          .join(' '),
      )
    expect(lineOf(shown.join(' ')).replace(/ /g, '')).toBe(lineOf(selected.join(' ')).replace(/ /g, ''))
    // Read from the back of a room: no card smaller than 12 pt.
    for (const shape of cardSlides.flatMap((s) => s.slice(1)))
      expect(shape.paragraphs[0].size).toBeGreaterThanOrEqual(12)
  })

  it('sets short cards four to a slide, down the first column then the second, at 14 pt or more', async () => {
    const zip = await render('fi', ['Yksi.', 'Kaksi.', 'Kolme.', 'Neljä.', 'Viisi.'])
    const cardSlides = (await slideShapes(zip)).filter(
      (s) => s[0].paragraphs[0].text === 'Päättäjätilaisuuteen valitut kortit',
    )
    expect(cardSlides.map((s) => s.length - 1)).toEqual([4, 1])
    const [, a, b, c] = cardSlides[0]
    expect(a.x).toBe(b.x)
    expect(a.y).toBeLessThan(b.y)
    expect(c.x).toBeGreaterThan(a.x)
    for (const shape of cardSlides.flatMap((s) => s.slice(1)))
      expect(shape.paragraphs[0].size).toBeGreaterThanOrEqual(14)
  })

  it('continues a long list of sessions on further slides, the header row on each and the total once', async () => {
    const zip = await render('fi', [], 30)
    const texts = await slideTexts(zip)
    const tableSlides = texts.filter((s) => s[0] === 'Keskustelutilaisuudet')
    expect(tableSlides.length).toBeGreaterThan(1)
    for (const s of tableSlides) expect(s.slice(1, 4)).toEqual(['Kieli', 'Väestöryhmä', 'Osallistujia'])
    expect(tableSlides.flat().filter((t) => t === 'Yhteensä')).toHaveLength(1)
    expect(tableSlides.flat().filter((t) => /^Ryhmä \d+$/.test(t))).toHaveLength(29)
    // Each slide's rows end above the slide's bottom edge.
    const size = await slideSize(zip)
    for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const xml = await part(zip, name)
      const frame = xml.match(/<p:graphicFrame>[\s\S]*?<a:off x="\d+" y="(\d+)"\/>[\s\S]*?<a:tbl>/)
      if (!frame) continue
      const rows = [...xml.matchAll(/<a:tr h="(\d+)">/g)].reduce((sum, m) => sum + Number(m[1]), 0)
      expect((Number(frame[1]) + rows) / 914400).toBeLessThanOrEqual(size.h - 0.2)
    }
  })

  it('charts counts on whole-number steps from zero, with labels and legend large enough to project', async () => {
    const zip = await render('fi', ['Yksi.'])
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts).toHaveLength(2)
    for (const name of charts) {
      const xml = await part(zip, name)
      const valAx = xml.match(/<c:valAx>[\s\S]*?<\/c:valAx>/)![0]
      expect(Number.isInteger(Number(valAx.match(/<c:majorUnit val="([^"]+)"/)![1]))).toBe(true)
      expect(valAx).toMatch(/<c:min val="0"\/>/)
      expect(valAx).toMatch(/<c:numFmt formatCode="0"/)
      const sizes = (block: string) => [...block.matchAll(/<a:defRPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100)
      expect(Math.min(...sizes(valAx))).toBeGreaterThanOrEqual(14)
      const catAx = xml.match(/<c:catAx>[\s\S]*?<\/c:catAx>/)![0]
      expect(Math.min(...sizes(catAx))).toBeGreaterThanOrEqual(16)
    }
    // The tone chart has a legend (the other has one series and none).
    const legends = await Promise.all(
      charts.map(async (name) => (await part(zip, name)).match(/<c:legend>[\s\S]*?<\/c:legend>/)?.[0]),
    )
    const legendSizes = legends.flatMap((l) =>
      [...(l ?? '').matchAll(/<a:defRPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
    )
    expect(legends.filter(Boolean)).toHaveLength(1)
    expect(legendSizes.length).toBeGreaterThan(0)
    expect(Math.min(...legendSizes)).toBeGreaterThanOrEqual(18)
  })
})

describe('scribe form', () => {
  const themes = themeData.themes
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({
      id: theme.key,
      name: (theme.name as Record<string, string>).fi,
      colour: theme.colour,
      questions: questionData.questions
        .filter((q) => q.theme === theme.key)
        .sort((a, b) => a.order - b.order)
        .map((q, i) => ({
          id: `${theme.key}-${i}`,
          text: (q.text as Record<string, string>).ar,
          finnish: q.text.fi,
          status: 'draft' as const,
        })),
    }))
  const options = (locale: string): ScribeFormOptions => ({
    locale,
    texts: {
      ...defaults.texts.fi.scribeForm,
      ...(defaults.texts as unknown as Record<string, typeof defaults.texts.fi>)[locale].scribeForm,
    },
    finnishTexts: defaults.texts.fi.scribeForm,
    themes:
      locale === 'fi'
        ? themes.map((th) => ({ ...th, questions: th.questions.map((q) => ({ ...q, text: q.finnish })) }))
        : themes,
    sessionId: '42',
    header: { project: 'Esimerkkilä', populationGroup: 'Arabiankieliset', date: '1.9.2026', participants: 9 },
  })

  it.each(['fi', 'ar'])('in %s keeps each question with its writing area on one page, printed on A4', (locale) => {
    const { pages, stoppedAt } = layoutDocument(scribeFormDocument(options(locale)), { guess: true })
    expect(stoppedAt).toBeUndefined()
    expect(pages.length).toBeGreaterThan(2)
    // Where each table is: the page of each of its rows. The first table is the session's details.
    const rowsOn = new Map<number, { page: number; row: number }[]>()
    pages.forEach((page, p) => {
      for (const block of page.body) {
        if (block.type !== 'table') continue
        for (const row of block.rows)
          rowsOn.set(block.index, [...(rowsOn.get(block.index) ?? []), { page: p, row: row.index }])
      }
    })
    const questionCount = themes.reduce((n, th) => n + th.questions.length, 0)
    expect(rowsOn.size).toBe(1 + questionCount + 4)
    for (const [, rows] of rowsOn) {
      // All rows on one page, none split (a row appears once).
      expect(new Set(rows.map((r) => r.page)).size).toBe(1)
      expect(new Set(rows.map((r) => r.row)).size).toBe(rows.length)
    }
    // The writing row is at least six handwritten lines (1 cm each) high: 6 × 37.8 px at 96 px per inch.
    const lineHeightPx = (HANDWRITING_LINE / 1440) * 96
    for (const page of pages) {
      for (const block of page.body) {
        if (block.type !== 'table' || block.index === [...rowsOn.keys()][0]) continue
        const writing = block.rows[block.rows.length - 1]
        expect(writing.height).toBeGreaterThanOrEqual(WRITING_LINES.question * lineHeightPx - 1)
      }
    }
  })

  it('marks the rows so Word keeps them whole and repeats the question above typed notes that run over a page', async () => {
    const zip = await openZip(await renderScribeForm(options('ar')))
    const xml = await part(zip, 'word/document.xml')
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).slice(1)
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
      for (const row of rows) expect(row).toMatch(/<w:cantSplit\/>/)
      for (const row of rows.slice(0, -1)) {
        expect(row).toMatch(/<w:tblHeader\/>/)
        expect(row).toMatch(/<w:keepNext\/>/)
      }
      const height = rows[rows.length - 1].match(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/)
      expect(Number(height![1])).toBeGreaterThanOrEqual(6 * 567)
    }
    expect(await part(zip, 'docProps/core.xml')).toMatch(/<dc:language>ar-SA<\/dc:language>/)
  })
})
