/**
 * Who may do what, written out once and run twice: through the Local API
 * (matrix.test.ts) and through the REST handlers (rest.test.ts).
 *
 * Each cell is four letters for read, create, update, delete of the row's record:
 * the letter means allowed, "-" means refused, "." means the operation does not
 * apply. The record read, updated and deleted is always municipality A's (or the
 * toolkit's) — B's coordinator and the non-partner organizer are the outsiders.
 */
import { describe, expect, test } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import {
  actorLabels,
  type ActorName,
  actors,
  countAll,
  make,
  type Outcome,
  PASSWORD,
  pdfFile,
  pngFile,
  type World,
} from '../../helpers/fixtures'

export const expectedTable = `
| record                  | anonymous | organizer (partner) | organizer (non-partner) | coordinator A | coordinator B | editor | admin |
|-------------------------|-----------|---------------------|-------------------------|---------------|---------------|--------|-------|
| users (own record)      | ....      | r.u.                | r.u.                    | r.u.          | r.u.          | r.u.   | r.u.  |
| users (someone else)    | ----      | ----                | ----                    | ----          | ----          | ----   | rcud  |
| languages               | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| themes                  | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| discussion-questions    | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| materials (published)   | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| materials (draft)       | ----      | ----                | ----                    | ----          | ----          | rcud   | rcud  |
| files                   | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| media                   | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| pages (published)       | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| pages (draft)           | ----      | ----                | ----                    | ----          | ----          | rcud   | rcud  |
| municipalities          | r---      | r---                | r---                    | r---          | r---          | rcud   | rcud  |
| organizations           | r---      | r---                | r---                    | rc--          | rc--          | rcu-   | rcud  |
| projects                | ----      | r---                | ----                    | rcud          | ----          | ----   | rcud  |
| sessions                | ----      | rcu-                | ----                    | rcud          | ----          | ----   | rcud  |
| reports                 | ----      | rcu-                | ----                    | rcud          | ----          | ----   | rcud  |
| experience-cards        | ----      | r---                | ----                    | rcud          | ----          | ----   | rcud  |
| decision-events         | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| actions (public)        | r---      | r---                | r---                    | rcud          | r---          | r---   | rcud  |
| actions (not public)    | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| feedback-responses      | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| evaluations             | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| subscribers             | ----      | ----                | ----                    | ----          | ----          | rcud   | rcud  |
| newsletters             | ----      | ----                | ----                    | ----          | ----          | rcud   | rcud  |
| workspace-requests      | ----      | ----                | ----                    | ----          | ----          | rcud   | rcud  |
| event-verdicts          | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| event-placements        | ----      | ----                | ----                    | rcud          | ----          | ----   | rcud  |
| outbox-messages         | ----      | ----                | ----                    | ----          | ----          | ----   | r--d  |
| newsletter-deliveries   | ----      | ----                | ----                    | ----          | ----          | r---   | r---  |
| signup-attempts         | ----      | ----                | ----                    | ----          | ----          | ----   | ----  |
`

export const ops = ['read', 'create', 'update', 'delete'] as const
export type Op = (typeof ops)[number]
type Cell = Record<Op, boolean | 'n/a'>

export type ExpectedRow = { label: string; cells: Record<ActorName, Cell> }

export function parseTable(table: string): ExpectedRow[] {
  const lines = table
    .trim()
    .split('\n')
    .map((l) => l.trim())
  const header = lines[0]
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean)
  if (header.length !== actors.length + 1) throw new Error('the table needs one column per actor')
  return lines.slice(2).map((line) => {
    const [label, ...cells] = line
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
    if (cells.length !== actors.length) throw new Error(`row "${label}" needs ${actors.length} cells`)
    const row = {} as Record<ActorName, Cell>
    actors.forEach((actor, i) => {
      const letters = cells[i]
      if (!/^[r.-][c.-][u.-][d.-]$/.test(letters)) throw new Error(`bad cell "${letters}" in row "${label}"`)
      row[actor] = Object.fromEntries(ops.map((op, j) => [op, letters[j] === '.' ? 'n/a' : letters[j] !== '-'])) as Cell
    })
    return { label, cells: row }
  })
}

type Upload = ReturnType<typeof pdfFile>

/** How to exercise one row: which record, how to make a new one, which field an update changes. */
export type RowSpec = {
  slug: CollectionSlug
  /** The existing record that is read and updated. */
  target: (w: World, actor: ActorName) => string
  /** Data for a new record (also used, with access skipped, for the record a delete attempt removes). */
  create?: (w: World, n: number) => Record<string, unknown>
  file?: () => Upload
  /** Work on the draft (versions.drafts collections). */
  draft?: boolean
  /** A text field an update sets to a marker, so a refused update can be shown to have left no trace. */
  updateField: string
}

let counter = 0
const next = () => ++counter

export const rowSpecs: Record<string, RowSpec> = {
  'users (own record)': {
    slug: 'users',
    target: (w, actor) => (actor === 'anonymous' ? w.users.bystander.id : w.users[actor].id),
    updateField: 'name',
  },
  'users (someone else)': {
    slug: 'users',
    target: (w) => w.users.bystander.id,
    create: (_w, n) => ({ name: `Uusi ${n}`, email: `uusi-${n}@example.org`, password: PASSWORD, role: 'editor' }),
    updateField: 'name',
  },
  languages: {
    slug: 'languages',
    target: (w) => w.languages.ar,
    create: (_w, n) => ({ code: languageCode(n), name: `kieli ${n}`, nativeName: `kieli ${n}` }),
    updateField: 'nativeName',
  },
  themes: {
    slug: 'themes',
    target: (w) => w.themes.participation,
    // The four themes are fixed; the world holds two, so "attitudes" is free for a create.
    create: () => ({ key: 'attitudes', name: 'Asenteet', order: 2 }),
    updateField: 'description',
  },
  'discussion-questions': {
    slug: 'discussion-questions',
    target: (w) => w.questions.participation,
    create: (w, n) => ({ theme: w.themes.safety, text: `Kysymys ${n}: missä tunnet olosi turvalliseksi?` }),
    updateField: 'facilitatorNote',
  },
  'materials (published)': {
    slug: 'materials',
    target: (w) => w.materials.published,
    create: (_w, n) => ({ title: `Materiaali ${n}`, kind: 'guidance', part: 'guidance', _status: 'published' }),
    updateField: 'description',
  },
  'materials (draft)': {
    slug: 'materials',
    target: (w) => w.materials.draft,
    create: (_w, n) => ({ title: `Luonnosmateriaali ${n}`, kind: 'other', _status: 'draft' }),
    draft: true,
    updateField: 'description',
  },
  files: {
    slug: 'files',
    target: (w) => w.files.guide,
    create: (_w, n) => ({ title: `Tiedosto ${n}`, language: 'fi' }),
    file: () => pdfFile(`tiedosto-${next()}.pdf`),
    updateField: 'title',
  },
  media: {
    slug: 'media',
    target: (w) => w.media.photo,
    create: (_w, n) => ({ alt: `Kuva ${n}` }),
    file: () => pngFile(`kuva-${next()}.png`),
    updateField: 'alt',
  },
  'pages (published)': {
    slug: 'pages',
    target: (w) => w.pages.published,
    create: (_w, n) => ({ title: `Sivu ${n}`, _status: 'published' }),
    updateField: 'summary',
  },
  'pages (draft)': {
    slug: 'pages',
    target: (w) => w.pages.draft,
    create: (_w, n) => ({ title: `Luonnossivu ${n}`, _status: 'draft' }),
    draft: true,
    updateField: 'summary',
  },
  municipalities: {
    slug: 'municipalities',
    target: (w) => w.municipalities.A,
    create: (_w, n) => ({ name: `Kunta ${n}`, region: 'lappi' }),
    updateField: 'nameSv',
  },
  organizations: {
    slug: 'organizations',
    target: (w) => w.organizations.partnerNgo,
    create: (_w, n) => ({ name: `Yhdistys ${n}`, type: 'ngo' }),
    updateField: 'name',
  },
  projects: {
    slug: 'projects',
    target: (w) => w.projects.A,
    create: (w, n) => ({ title: `Aaltola kierros ${n}`, municipality: w.municipalities.A, round: 2 }),
    updateField: 'description',
  },
  sessions: {
    slug: 'sessions',
    target: (w) => w.sessions.A,
    create: (w, n) => ({
      project: w.projects.A,
      populationGroup: `Ryhmä ${n}`,
      language: w.languages.fi,
      participantCount: 5,
    }),
    updateField: 'place',
  },
  reports: {
    slug: 'reports',
    // The project is taken from the session; a person never types it.
    target: (w) => w.reports.A,
    create: (w, n) => ({ session: w.sessions.A, title: `Raportti ${n}` }),
    updateField: 'generalObservations',
  },
  'experience-cards': {
    slug: 'experience-cards',
    target: (w) => w.cards.A,
    create: (w, n) => ({ project: w.projects.A, text: `Kokemus ${n}`, theme: w.themes.safety, tone: 'negative' }),
    updateField: 'populationGroup',
  },
  'decision-events': {
    slug: 'decision-events',
    target: (w) => w.events.A,
    create: (w, n) => ({ project: w.projects.A, title: `Tilaisuus ${n}` }),
    updateField: 'place',
  },
  'actions (public)': {
    slug: 'actions',
    target: (w) => w.actions.A.public,
    // The project is taken from the event. The event holds two actions, so one more always fits.
    create: (w, n) => ({ event: w.events.A, title: `Toimenpide ${n}`, public: true }),
    updateField: 'indicator',
  },
  'actions (not public)': {
    slug: 'actions',
    target: (w) => w.actions.A.private,
    create: (w, n) => ({ event: w.events.A, title: `Toimenpide ${n}` }),
    updateField: 'indicator',
  },
  'feedback-responses': {
    slug: 'feedback-responses',
    target: (w) => w.feedback.A,
    create: (w) => ({ event: w.events.A, respondentGroup: 'resident', eventEffect: 'some' }),
    updateField: 'comments',
  },
  evaluations: {
    slug: 'evaluations',
    target: (w) => w.evaluations.A,
    create: (w, n) => ({
      project: w.projects.A,
      title: `Arvio ${n}`,
      responsibleParty: 'kunta',
      dueDate: '2026-01-31',
    }),
    updateField: 'findings',
  },
  subscribers: {
    slug: 'subscribers',
    target: (w) => w.mailing.subscriber,
    create: (_w, n) => ({ email: `tilaaja-${n}@example.org` }),
    updateField: 'email',
  },
  newsletters: {
    slug: 'newsletters',
    target: (w) => w.mailing.newsletter,
    create: (_w, n) => ({ subject: `Uutiskirje ${n}` }),
    updateField: 'subject',
  },
  'workspace-requests': {
    slug: 'workspace-requests',
    target: (w) => w.mailing.workspaceRequest,
    create: (_w, n) => ({ name: `Hakija ${n}`, email: `hakija-${n}@example.org`, organization: 'Yhdistys ry' }),
    updateField: 'reason',
  },
  // Written by the board endpoints (access skipped) and typed in by the event's coordinator from a paper board.
  'event-verdicts': {
    slug: 'event-verdicts',
    target: (w) => w.written.verdict,
    create: (w, n) => ({ event: w.events.A, card: w.cards.A, group: `Ryhmä ${n}`, verdict: 'less' }),
    updateField: 'note',
  },
  'event-placements': {
    slug: 'event-placements',
    target: (w) => w.written.placement,
    create: (w, n) => ({ event: w.events.A, card: w.cards.A, group: `Ryhmä ${n}`, x: 0, y: 0 }),
    updateField: 'group',
  },
  // Written only by the e-mail adapter and the sending job (with access skipped).
  'outbox-messages': {
    slug: 'outbox-messages',
    target: (w) => w.written.outbox,
    create: (_w, n) => ({ to: `vastaanottaja-${n}@example.org`, subject: `Viesti ${n}` }),
    updateField: 'subject',
  },
  'newsletter-deliveries': {
    slug: 'newsletter-deliveries',
    target: (w) => w.written.delivery,
    create: (w, n) => ({
      newsletter: w.mailing.newsletter,
      idempotencyKey: `batch-${n}`,
      recipients: [],
      count: 0,
      status: 'sent',
    }),
    updateField: 'error',
  },
  'signup-attempts': {
    slug: 'signup-attempts',
    target: (w) => w.written.attempt,
    create: (_w, n) => ({ keyHash: `hash-${n}` }),
    updateField: 'keyHash',
  },
}

/** Two-letter codes that no real language in the world uses: qa, qb, … */
function languageCode(n: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz'
  return `q${a[Math.floor(n / 26) % 26]}${a[n % 26]}`
}

/** A marker an update writes; valid for every updateField above (emails stay emails). */
function marker(spec: RowSpec, actor: ActorName): string {
  const n = next()
  return spec.updateField === 'email' ? `muutos-${n}@example.org` : `muutos ${n} (${actor})`
}

/** One way of reaching the portal: the Local API or the REST handlers. */
export type Transport = {
  read: (actor: ActorName, slug: CollectionSlug, id: string, draft: boolean) => Promise<Outcome>
  /** Whether the record shows up in the actor's list of the collection. */
  listed: (actor: ActorName, slug: CollectionSlug, id: string, draft: boolean) => Promise<boolean>
  create: (
    actor: ActorName,
    slug: CollectionSlug,
    data: Record<string, unknown>,
    file: Upload | undefined,
    draft: boolean,
  ) => Promise<Outcome>
  update: (
    actor: ActorName,
    slug: CollectionSlug,
    id: string,
    data: Record<string, unknown>,
    draft: boolean,
  ) => Promise<Outcome>
  delete: (actor: ActorName, slug: CollectionSlug, id: string) => Promise<Outcome>
}

function expectRefused(result: Outcome, allowedKinds: string[]) {
  if (result.ok) throw new Error(`expected a refusal, but it was allowed (record ${result.doc?.id})`)
  expect(allowedKinds).toContain(result.kind)
}

/**
 * Declares the matrix tests. `world()` is read lazily because the world is built
 * in beforeAll. `only` limits the operations (REST may run a subset).
 */
export function describeMatrix(
  title: string,
  world: () => World,
  transport: () => Transport,
  only: readonly Op[] = ops,
) {
  const rows = parseTable(expectedTable)

  describe(title, () => {
    test('the table covers every collection of the portal', () => {
      const slugs = world()
        .payload.config.collections.map((c) => c.slug)
        .filter((s) => !s.startsWith('payload-'))
      const covered = new Set(rows.map((r) => rowSpecs[r.label]?.slug))
      expect(slugs.filter((s) => !covered.has(s as CollectionSlug))).toEqual([])
      expect(rows.map((r) => r.label).filter((l) => !rowSpecs[l])).toEqual([])
    })

    for (const row of rows) {
      const spec = rowSpecs[row.label]
      describe(row.label, () => {
        for (const actor of actors) {
          for (const op of only) {
            const may = row.cells[actor][op]
            if (may === 'n/a') continue
            test(`${actorLabels[actor]} ${may ? 'may' : 'may not'} ${op}`, async () => {
              await check(world(), transport(), spec, actor, op, may)
            })
          }
        }
      })
    }
  })
}

async function check(w: World, t: Transport, spec: RowSpec, actor: ActorName, op: Op, may: boolean) {
  const { payload } = w
  const draft = Boolean(spec.draft)
  const readRaw = (id: string) =>
    payload.findByID({
      collection: spec.slug,
      id,
      overrideAccess: true,
      draft,
      depth: 0,
      disableErrors: true,
    }) as Promise<Record<string, any> | null>

  if (op === 'read') {
    const id = spec.target(w, actor)
    const result = await t.read(actor, spec.slug, id, draft)
    if (may) {
      if (!result.ok) throw new Error(`read refused (${result.kind}): ${result.messages.join('; ')}`)
      expect(String(result.doc.id)).toBe(id)
    } else {
      expectRefused(result, ['forbidden', 'notfound'])
    }
    expect(await t.listed(actor, spec.slug, id, draft)).toBe(may)
    return
  }

  if (op === 'create') {
    if (!spec.create) throw new Error(`no create data for ${spec.slug}`)
    const before = await countAll(payload, spec.slug)
    const result = await t.create(actor, spec.slug, spec.create(w, next()), spec.file?.(), draft)
    if (may) {
      if (!result.ok) throw new Error(`create refused (${result.kind}): ${result.messages.join('; ')}`)
      expect(await countAll(payload, spec.slug)).toBe(before + 1)
      await payload.delete({ collection: spec.slug, id: String(result.doc.id), overrideAccess: true })
    } else {
      expectRefused(result, ['forbidden', 'invalid'])
      expect(await countAll(payload, spec.slug)).toBe(before)
    }
    return
  }

  if (op === 'update') {
    const id = spec.target(w, actor)
    const original = await readRaw(id)
    if (!original) throw new Error(`${spec.slug} ${id} is missing from the world`)
    const value = marker(spec, actor)
    const data: Record<string, unknown> = { [spec.updateField]: value }
    if (draft) data._status = 'draft'
    const result = await t.update(actor, spec.slug, id, data, draft)
    const after = await readRaw(id)
    if (may) {
      if (!result.ok) throw new Error(`update refused (${result.kind}): ${result.messages.join('; ')}`)
      expect(after?.[spec.updateField]).toBe(value)
    } else {
      expectRefused(result, ['forbidden', 'notfound'])
      expect(after?.[spec.updateField]).toEqual(original[spec.updateField])
      expect(after?.updatedAt).toBe(original.updatedAt)
    }
    return
  }

  // delete: a fresh record like the target, so the world stays intact
  if (!spec.create) throw new Error(`no data for a record to delete in ${spec.slug}`)
  const id = await make(payload, spec.slug, spec.create(w, next()), { draft, file: spec.file?.() })
  const result = await t.delete(actor, spec.slug, id)
  const still = await readRaw(id)
  if (may) {
    if (!result.ok) throw new Error(`delete refused (${result.kind}): ${result.messages.join('; ')}`)
    expect(still).toBeNull()
  } else {
    expectRefused(result, ['forbidden', 'notfound'])
    expect(still).not.toBeNull()
    await payload.delete({ collection: spec.slug, id, overrideAccess: true })
  }
}
