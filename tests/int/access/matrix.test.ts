/**
 * The roles, through the Local API with access enforced (`overrideAccess: false`
 * and the person as `user`): the table in expectations.ts, then the cases
 * between municipalities and the field-level rules.
 */
import { describe, expect, test } from '@jest/globals'
import { type CollectionSlug, createLocalReq, docAccessOperation, getAccessResults } from 'payload'

import { outcome, refusal, type SignedInActor as SignedInActorName, type World } from '../../helpers/fixtures'
import { worldForThisFile } from '../../helpers/worldForThisFile'
import { describeMatrix, type Transport } from './expectations'

const w = worldForThisFile()

const local = (): Transport => ({
  read: (actor, collection, id, draft) =>
    outcome(w.payload.findByID({ collection, id, draft, depth: 0, ...w.as(actor) })),
  listed: async (actor, collection, id, draft) => {
    const result = await outcome(
      w.payload.find({ collection, where: { id: { equals: id } }, draft, depth: 0, ...w.as(actor) }),
    )
    return result.ok && (result.doc.docs as { id: string }[]).some((d) => String(d.id) === id)
  },
  create: (actor, collection, data, file, draft) =>
    outcome(w.payload.create({ collection, data: data as never, file, draft, depth: 0, ...w.as(actor) })),
  update: (actor, collection, id, data, draft) =>
    outcome(w.payload.update({ collection, id, data: data as never, draft, depth: 0, ...w.as(actor) })),
  delete: (actor, collection, id) => outcome(w.payload.delete({ collection, id, depth: 0, ...w.as(actor) })),
})

describeMatrix('who may do what (Local API)', () => w, local)

/** Ids of what the person finds in a collection (empty when refused outright). */
async function idsSeenBy(actor: Parameters<World['as']>[0], collection: CollectionSlug): Promise<string[]> {
  const result = await outcome(w.payload.find({ collection, depth: 0, limit: 0, pagination: false, ...w.as(actor) }))
  return result.ok ? (result.doc.docs as { id: string }[]).map((d) => String(d.id)) : []
}

describe("B's coordinator and A's project", () => {
  test.each([
    ['sessions', () => w.sessions],
    ['reports', () => w.reports],
    ['experience-cards', () => w.cards],
    ['feedback-responses', () => w.feedback],
    ['decision-events', () => w.events],
    ['evaluations', () => w.evaluations],
  ] as const)('sees B’s %s and none of A’s', async (collection, records) => {
    const seen = await idsSeenBy('coordinatorB', collection)
    expect(seen).toEqual([records().B])
    expect(await idsSeenBy('coordinatorA', collection)).toEqual([records().A])
  })

  test('sees A’s public action but not A’s other actions', async () => {
    const seen = await idsSeenBy('coordinatorB', 'actions')
    expect(seen.sort()).toEqual([w.actions.A.public, w.actions.B.public, w.actions.B.private].sort())
    expect(seen).not.toContain(w.actions.A.private)
  })

  test('sees only B’s project', async () => {
    expect(await idsSeenBy('coordinatorB', 'projects')).toEqual([w.projects.B])
  })

  test('cannot create a session in A’s project, and nothing is saved', async () => {
    const before = (await w.payload.count({ collection: 'sessions' })).totalDocs
    const result = await outcome(
      w.payload.create({
        collection: 'sessions',
        data: { project: w.projects.A, populationGroup: 'Soluttautujat', language: w.languages.fi } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect(result.ok).toBe(false)
    expect((await w.payload.count({ collection: 'sessions' })).totalDocs).toBe(before)
  })

  test('cannot add a report to A’s session, even by naming its own project', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'reports',
        data: { session: w.sessions.A, project: w.projects.B, title: 'Väärä raportti' } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect(messages.length).toBeGreaterThan(0)
    expect(
      (await w.payload.count({ collection: 'reports', where: { title: { equals: 'Väärä raportti' } } })).totalDocs,
    ).toBe(0)
  })

  test('cannot add an action to A’s event', async () => {
    await refusal(
      w.payload.create({
        collection: 'actions',
        data: { event: w.events.A, title: 'Vieras toimenpide' } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect((await w.payload.count({ collection: 'actions', where: { event: { equals: w.events.A } } })).totalDocs).toBe(
      2,
    )
  })

  test('cannot move its own session into A’s project', async () => {
    const messages = await refusal(
      w.payload.update({
        collection: 'sessions',
        id: w.sessions.B,
        data: { project: w.projects.A },
        ...w.as('coordinatorB'),
      }),
    )
    expect(messages).toContain('Voit lisätä tietoja vain omiin hankkeisiisi.')
    const session = await w.payload.findByID({ collection: 'sessions', id: w.sessions.B, depth: 0 })
    expect(session.project).toBe(w.projects.B)
  })

  test('cannot take A’s project over or move it', async () => {
    await refusal(
      w.payload.update({
        collection: 'projects',
        id: w.projects.A,
        data: { municipality: w.municipalities.B, title: 'Kaapattu' },
        ...w.as('coordinatorB'),
      }),
    )
    const project = await w.payload.findByID({ collection: 'projects', id: w.projects.A, depth: 0 })
    expect(project.municipality).toBe(w.municipalities.A)
    expect(project.title).toBe('Aaltola 2024')
  })

  test('cannot start a project for A', async () => {
    await refusal(
      w.payload.create({
        collection: 'projects',
        data: { title: 'Aaltola (B:n tekemä)', municipality: w.municipalities.A } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect(await idsSeenBy('admin', 'projects')).toHaveLength(2)
  })
})

describe('organizers see only their partner projects', () => {
  test("the partner NGO's organizer sees A's project, sessions, reports and cards, and nothing of B", async () => {
    expect(await idsSeenBy('organizerPartner', 'projects')).toEqual([w.projects.A])
    expect(await idsSeenBy('organizerPartner', 'sessions')).toEqual([w.sessions.A])
    expect(await idsSeenBy('organizerPartner', 'reports')).toEqual([w.reports.A])
    expect(await idsSeenBy('organizerPartner', 'experience-cards')).toEqual([w.cards.A])
  })

  test("an organizer whose NGO works in B sees B's sessions and none of A's", async () => {
    expect(await idsSeenBy('organizerOther', 'projects')).toEqual([w.projects.B])
    expect(await idsSeenBy('organizerOther', 'sessions')).toEqual([w.sessions.B])
    expect(await idsSeenBy('organizerOther', 'reports')).toEqual([w.reports.B])
  })

  test('organizers see no events, feedback, evaluations or non-public actions', async () => {
    for (const actor of ['organizerPartner', 'organizerOther'] as const) {
      expect(await idsSeenBy(actor, 'decision-events')).toEqual([])
      expect(await idsSeenBy(actor, 'feedback-responses')).toEqual([])
      expect(await idsSeenBy(actor, 'evaluations')).toEqual([])
      expect((await idsSeenBy(actor, 'actions')).sort()).toEqual([w.actions.A.public, w.actions.B.public].sort())
    }
  })

  test("the non-partner organizer cannot create a session in A's project", async () => {
    await refusal(
      w.payload.create({
        collection: 'sessions',
        data: { project: w.projects.A, populationGroup: 'Ryhmä', language: w.languages.fi } as never,
        ...w.as('organizerOther'),
      }),
    )
  })

  test("the partner's organizer cannot move A's session to B's project", async () => {
    const messages = await refusal(
      w.payload.update({
        collection: 'sessions',
        id: w.sessions.A,
        data: { project: w.projects.B },
        ...w.as('organizerPartner'),
      }),
    )
    expect(messages).toContain('Voit lisätä tietoja vain omiin hankkeisiisi.')
  })
})

describe('editors have no project data', () => {
  test.each([
    'projects',
    'sessions',
    'reports',
    'experience-cards',
    'decision-events',
    'feedback-responses',
    'evaluations',
  ] as const)('an editor sees no %s', async (collection) => {
    expect(await idsSeenBy('editor', collection)).toEqual([])
  })

  test('an editor sees only the public actions', async () => {
    expect((await idsSeenBy('editor', 'actions')).sort()).toEqual([w.actions.A.public, w.actions.B.public].sort())
  })
})

describe('the public', () => {
  test('sees published pages and materials only', async () => {
    expect(await idsSeenBy('anonymous', 'pages')).toEqual([w.pages.published])
    expect(await idsSeenBy('anonymous', 'materials')).toEqual([w.materials.published])
  })

  test('sees the public actions of every municipality', async () => {
    expect((await idsSeenBy('anonymous', 'actions')).sort()).toEqual([w.actions.A.public, w.actions.B.public].sort())
  })

  test('sees no users', async () => {
    expect(await idsSeenBy('anonymous', 'users')).toEqual([])
  })
})

describe('field-level rules', () => {
  test('a coordinator cannot change their own role or municipalities', async () => {
    const me = w.users.coordinatorA
    await w.payload.update({
      collection: 'users',
      id: me.id,
      data: { role: 'admin', municipalities: [w.municipalities.A, w.municipalities.B], name: 'Koordinaattori A' },
      ...w.as('coordinatorA'),
    })
    const after = await w.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.role).toBe('coordinator')
    expect(after.municipalities).toEqual([w.municipalities.A])
  })

  test('an organizer cannot change their own organization or role', async () => {
    const me = w.users.organizerOther
    await w.payload.update({
      collection: 'users',
      id: me.id,
      data: { organization: w.organizations.partnerNgo, role: 'coordinator' },
      ...w.as('organizerOther'),
    })
    const after = await w.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.organization).toBe(w.organizations.otherNgo)
    expect(after.role).toBe('organizer')
  })

  test('an editor cannot make themselves an admin', async () => {
    await w.payload.update({ collection: 'users', id: w.users.editor.id, data: { role: 'admin' }, ...w.as('editor') })
    expect((await w.payload.findByID({ collection: 'users', id: w.users.editor.id })).role).toBe('editor')
  })

  test('an admin can change a role', async () => {
    const updated = await w.payload.update({
      collection: 'users',
      id: w.users.bystander.id,
      data: { role: 'admin' },
      ...w.as('admin'),
    })
    expect(updated.role).toBe('admin')
    await w.payload.update({ collection: 'users', id: w.users.bystander.id, data: { role: 'editor' } })
  })

  test('a coordinator cannot move their project to another municipality, but can edit the rest of it', async () => {
    const updated = await w.payload.update({
      collection: 'projects',
      id: w.projects.A,
      data: { municipality: w.municipalities.B, stage: 'sessions' },
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(updated.municipality).toBe(w.municipalities.A)
    expect(updated.stage).toBe('sessions')
    const stored = await w.payload.findByID({ collection: 'projects', id: w.projects.A, depth: 0 })
    expect(stored.municipality).toBe(w.municipalities.A)
  })

  test('a non-admin cannot delete their own account', async () => {
    for (const actor of ['organizerPartner', 'coordinatorA', 'editor'] as const) {
      const result = await outcome(w.payload.delete({ collection: 'users', id: w.users[actor].id, ...w.as(actor) }))
      expect(result.ok).toBe(false)
    }
    expect((await w.payload.count({ collection: 'users' })).totalDocs).toBe(7)
  })
})

describe('saved versions follow the same rules as the records', () => {
  const versionParents = async (actor: Parameters<World['as']>[0], collection: 'reports' | 'pages' | 'materials') => {
    const result = await outcome(
      w.payload.findVersions({ collection, depth: 0, limit: 0, pagination: false, ...w.as(actor) }),
    )
    return result.ok ? [...new Set((result.doc.docs as { parent: string }[]).map((d) => String(d.parent)))] : []
  }

  test("an organizer outside A's project reads none of the versions of A's reports", async () => {
    expect(await versionParents('organizerOther', 'reports')).toEqual([w.reports.B])
    expect(await versionParents('coordinatorB', 'reports')).toEqual([w.reports.B])
    expect(await versionParents('editor', 'reports')).toEqual([])
    expect(await versionParents('anonymous', 'reports')).toEqual([])
  })

  test("A's team reads the versions of A's reports", async () => {
    expect(await versionParents('organizerPartner', 'reports')).toEqual([w.reports.A])
    expect(await versionParents('coordinatorA', 'reports')).toEqual([w.reports.A])
    expect((await versionParents('admin', 'reports')).sort()).toEqual([w.reports.A, w.reports.B].sort())
  })

  test('only editors read the versions (and so the drafts) of pages and materials', async () => {
    for (const actor of ['anonymous', 'organizerPartner', 'coordinatorA'] as const) {
      expect(await versionParents(actor, 'pages')).toEqual([])
      expect(await versionParents(actor, 'materials')).toEqual([])
    }
    expect(await versionParents('editor', 'pages')).toContain(w.pages.draft)
    expect(await versionParents('editor', 'materials')).toContain(w.materials.draft)
  })
})

/**
 * The admin asks the create rule before any data exists: `/api/access` for the
 * dashboard's "+" and the list's "Create new" (no data), and the create view
 * for its empty form (data `{ _status: 'draft' }`). A yes here must match what
 * the person can then actually save.
 */
describe('the admin’s questions before any data exists', () => {
  const creators: [SignedInActorName, CollectionSlug[]][] = [
    [
      'coordinatorA',
      ['projects', 'sessions', 'reports', 'experience-cards', 'decision-events', 'actions', 'evaluations'],
    ],
    ['organizerPartner', ['sessions', 'reports']],
  ]
  const refused: [SignedInActorName, CollectionSlug[]][] = [
    ['organizerPartner', ['projects', 'experience-cards', 'decision-events', 'actions', 'evaluations']],
    ['organizerOther', ['projects', 'decision-events']],
    ['editor', ['projects', 'sessions', 'reports']],
  ]

  async function mayCreate(actor: SignedInActorName, collection: CollectionSlug) {
    const req = await createLocalReq({ user: w.users[actor] }, w.payload)
    const config = w.payload.collections[collection].config
    const emptyForm = await docAccessOperation({ collection: { config } as never, data: { _status: 'draft' }, req })
    const access = await getAccessResults({ req })
    // Payload leaves a refused operation out of the permissions rather than setting it false.
    return { emptyForm: Boolean(emptyForm.create), dashboard: Boolean(access.collections?.[collection]?.create) }
  }

  test.each(creators.flatMap(([actor, slugs]) => slugs.map((slug) => [actor, slug] as const)))(
    '%s is offered the create form of %s',
    async (actor, collection) => {
      expect(await mayCreate(actor, collection)).toEqual({ emptyForm: true, dashboard: true })
    },
  )

  test.each(refused.flatMap(([actor, slugs]) => slugs.map((slug) => [actor, slug] as const)))(
    '%s is not offered the create form of %s',
    async (actor, collection) => {
      expect(await mayCreate(actor, collection)).toEqual({ emptyForm: false, dashboard: false })
    },
  )

  test('a coordinator offered the form still cannot save into another municipality or without a project', async () => {
    const missing = await outcome(
      w.payload.create({
        collection: 'sessions',
        data: { populationGroup: 'Ryhmä', language: w.languages.fi } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(missing.ok).toBe(false)
    const elsewhere = await outcome(
      w.payload.create({
        collection: 'projects',
        data: { title: 'Väärä kunta', municipality: w.municipalities.B } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(elsewhere.ok).toBe(false)
    expect(await idsSeenBy('admin', 'sessions')).toHaveLength(2)
  })
})
