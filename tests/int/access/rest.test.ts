/**
 * The same who-may-do-what table through Payload's real REST route handlers
 * (what /api/* serves), signed in with tokens from the real login endpoint,
 * plus the cases between municipalities as a browser or script would try them.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { type ActorName, countAll, type Outcome, PASSWORD, type World } from '../../helpers/fixtures'
import { type RestClient, restClient, restMessages, type RestResponse } from '../../helpers/rest'
import { worldForThisFile } from '../../helpers/worldForThisFile'
import { describeMatrix, type Transport } from './expectations'

const w = worldForThisFile()
let rest: RestClient
const tokens: Partial<Record<ActorName, string>> = {}

beforeAll(async () => {
  rest = await restClient(w.payload)
  for (const actor of Object.keys(w.emails) as (keyof World['emails'])[]) {
    if (actor !== 'bystander') tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
  }
})

function toOutcome(res: RestResponse): Outcome {
  if (res.status >= 200 && res.status < 300) return { ok: true, doc: res.body?.doc ?? res.body }
  const messages = restMessages(res)
  if (res.status === 403 || res.status === 401) return { ok: false, kind: 'forbidden', messages }
  if (res.status === 404) return { ok: false, kind: 'notfound', messages }
  if (res.status === 400 || res.status === 409) return { ok: false, kind: 'invalid', messages }
  throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
}

const q = (draft: boolean, extra = '') => `?depth=0${draft ? '&draft=true' : ''}${extra}`

const overRest = (): Transport => ({
  read: async (actor, slug, id, draft) => toOutcome(await rest.get(`/api/${slug}/${id}${q(draft)}`, tokens[actor])),
  listed: async (actor, slug, id, draft) => {
    const res = await rest.get(`/api/${slug}${q(draft, `&where[id][equals]=${id}`)}`, tokens[actor])
    return res.status === 200 && (res.body.docs as { id: string }[]).some((d) => String(d.id) === id)
  },
  create: async (actor, slug, data, file, draft) =>
    toOutcome(
      file
        ? await rest.upload(`/api/${slug}${q(draft)}`, file, data, tokens[actor])
        : await rest.post(`/api/${slug}${q(draft)}`, data, tokens[actor]),
    ),
  update: async (actor, slug, id, data, draft) =>
    toOutcome(await rest.patch(`/api/${slug}/${id}${q(draft)}`, data, tokens[actor])),
  delete: async (actor, slug, id) => toOutcome(await rest.delete(`/api/${slug}/${id}`, tokens[actor])),
})

describeMatrix('who may do what (REST)', () => w, overRest)

const idsOf = (res: RestResponse) =>
  res.status === 200 ? (res.body.docs as { id: string }[]).map((d) => String(d.id)) : []
const list = async (actor: ActorName, slug: CollectionSlug) =>
  idsOf(await rest.get(`/api/${slug}?depth=0&limit=100`, tokens[actor]))

describe("B's coordinator and A's project over REST", () => {
  test.each([
    ['sessions', () => w.sessions],
    ['reports', () => w.reports],
    ['experience-cards', () => w.cards],
    ['feedback-responses', () => w.feedback],
    ['decision-events', () => w.events],
    ['evaluations', () => w.evaluations],
    ['projects', () => w.projects],
  ] as const)('GET /api/%s lists B’s and none of A’s', async (slug, records) => {
    expect(await list('coordinatorB', slug)).toEqual([records().B])
  })

  test('GET /api/actions shows A’s public action but not A’s other action', async () => {
    const ids = await list('coordinatorB', 'actions')
    expect(ids).toContain(w.actions.A.public)
    expect(ids).not.toContain(w.actions.A.private)
  })

  test('GET /api/sessions/<A’s session> is not found for B’s coordinator', async () => {
    const res = await rest.get(`/api/sessions/${w.sessions.A}`, tokens.coordinatorB)
    expect(res.status).toBe(404)
    expect(JSON.stringify(res.body)).not.toContain('Arabiaa puhuvat')
  })

  test('POST /api/sessions into A’s project is refused and saves nothing', async () => {
    const before = await countAll(w.payload, 'sessions')
    const res = await rest.post(
      '/api/sessions',
      { project: w.projects.A, populationGroup: 'Ryhmä', language: w.languages.fi },
      tokens.coordinatorB,
    )
    expect(res.status).toBe(403)
    expect(await countAll(w.payload, 'sessions')).toBe(before)
  })

  test('POST /api/reports for A’s session is refused, whatever project it names', async () => {
    const res = await rest.post(
      '/api/reports',
      { session: w.sessions.A, project: w.projects.B, title: 'Vieras' },
      tokens.coordinatorB,
    )
    expect([400, 403]).toContain(res.status)
    expect(await countAll(w.payload, 'reports', { title: { equals: 'Vieras' } })).toBe(0)
  })

  test('PATCH /api/projects/<A> to move it to B is refused', async () => {
    const res = await rest.patch(
      `/api/projects/${w.projects.A}`,
      { municipality: w.municipalities.B },
      tokens.coordinatorB,
    )
    expect([403, 404]).toContain(res.status)
    expect((await w.payload.findByID({ collection: 'projects', id: w.projects.A, depth: 0 })).municipality).toBe(
      w.municipalities.A,
    )
  })

  test('GET /api/reports/versions shows none of A’s report versions', async () => {
    const res = await rest.get('/api/reports/versions?depth=0&limit=100', tokens.coordinatorB)
    expect(res.status).toBe(200)
    const parents = (res.body.docs as { parent: string }[]).map((d) => String(d.parent))
    expect(parents).not.toContain(w.reports.A)
    expect(parents).toContain(w.reports.B)
  })

  test('GET /api/reports/versions/<a version of A’s report> is refused', async () => {
    const { docs } = await w.payload.findVersions({
      collection: 'reports',
      where: { parent: { equals: w.reports.A } },
      limit: 1,
    })
    const res = await rest.get(`/api/reports/versions/${docs[0].id}?depth=0`, tokens.organizerOther)
    expect([403, 404]).toContain(res.status)
    expect(JSON.stringify(res.body)).not.toContain('Naapurit tervehtivät')
  })
})

describe('field-level rules over REST', () => {
  test('a coordinator’s PATCH of their own role and municipalities changes nothing of them', async () => {
    const me = w.users.coordinatorB
    const res = await rest.patch(
      `/api/users/${me.id}`,
      { role: 'admin', municipalities: [w.municipalities.A, w.municipalities.B] },
      tokens.coordinatorB,
    )
    expect(res.status).toBe(200)
    const after = await w.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.role).toBe('coordinator')
    expect(after.municipalities).toEqual([w.municipalities.B])
    // and the token still only opens B
    expect(await list('coordinatorB', 'sessions')).toEqual([w.sessions.B])
  })

  test('a coordinator’s PATCH moving their project to another municipality leaves it where it was', async () => {
    const res = await rest.patch(
      `/api/projects/${w.projects.A}?depth=0`,
      { municipality: w.municipalities.B, description: 'Kevät 2024' },
      tokens.coordinatorA,
    )
    expect(res.status).toBe(200)
    const stored = await w.payload.findByID({ collection: 'projects', id: w.projects.A, depth: 0 })
    expect(stored.municipality).toBe(w.municipalities.A)
    expect(stored.description).toBe('Kevät 2024')
  })

  test('a user cannot read another user', async () => {
    const res = await rest.get(`/api/users/${w.users.admin.id}`, tokens.coordinatorA)
    expect([403, 404]).toContain(res.status)
    expect(await list('coordinatorA', 'users')).toEqual([w.users.coordinatorA.id])
  })
})

describe('the public over REST', () => {
  test('cannot sign up: POST /api/users is refused', async () => {
    const res = await rest.post('/api/users', {
      email: 'tunkeilija@example.org',
      password: PASSWORD,
      name: 'T',
      role: 'admin',
    })
    expect(res.status).toBe(403)
    expect(await countAll(w.payload, 'users', { email: { equals: 'tunkeilija@example.org' } })).toBe(0)
  })

  test('cannot register as the first user once the portal has users', async () => {
    const res = await rest.post('/api/users/first-register', {
      email: 'eka@example.org',
      password: PASSWORD,
      name: 'Eka',
      role: 'admin',
    })
    expect(res.status).toBe(403)
    expect(await countAll(w.payload, 'users', { email: { equals: 'eka@example.org' } })).toBe(0)
  })

  test('GET /api/users/me says nobody is signed in', async () => {
    const res = await rest.get('/api/users/me')
    expect(res.status).toBe(200)
    expect(res.body.user).toBeNull()
  })

  test('asking for drafts does not reveal them', async () => {
    expect(idsOf(await rest.get('/api/pages?draft=true&depth=0'))).toEqual([w.pages.published])
    const draft = await rest.get(`/api/pages/${w.pages.draft}?draft=true`)
    expect([403, 404]).toContain(draft.status)
    expect(JSON.stringify(draft.body)).not.toContain('Luonnos: uusi sivu')
    expect((await rest.get('/api/pages/versions')).status).toBe(403)
  })

  test('an unpublished change to a published page stays with the editors', async () => {
    const saved = await rest.patch(
      `/api/pages/${w.pages.published}?draft=true`,
      { title: 'Salainen luonnosotsikko', _status: 'draft' },
      tokens.editor,
    )
    expect(saved.status).toBe(200)
    for (const path of [
      `/api/pages/${w.pages.published}`,
      `/api/pages/${w.pages.published}?draft=true`,
      '/api/pages?draft=true',
    ]) {
      const res = await rest.get(path)
      expect(JSON.stringify(res.body)).not.toContain('Salainen luonnosotsikko')
    }
    const editorView = await rest.get(`/api/pages/${w.pages.published}?draft=true`, tokens.editor)
    expect(editorView.body.title).toBe('Salainen luonnosotsikko')
  })

  test('only an admin can unlock an account', async () => {
    const res = await rest.post('/api/users/unlock', { email: w.emails.editor }, tokens.coordinatorA)
    expect(res.status).toBe(403)
    const ok = await rest.post('/api/users/unlock', { email: w.emails.editor }, tokens.admin)
    expect(ok.status).toBe(200)
  })
})

describe('what a person sees when REST refuses a change', () => {
  test('a participant count of -1 gets a 400 with the field and its message', async () => {
    const res = await rest.post(
      '/api/sessions',
      { project: w.projects.A, populationGroup: 'Ryhmä', language: w.languages.fi, participantCount: -1 },
      tokens.organizerPartner,
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'participantCount', message: 'Anna kokonaisluku, 0 tai suurempi.' }),
    ])
  })

  test('an organizer approving a report gets a 400 saying only the coordinator can', async () => {
    const res = await rest.patch(`/api/reports/${w.reports.A}`, { status: 'approved' }, tokens.organizerPartner)
    expect(res.status).toBe(400)
    expect(restMessages(res)).toContain('Vain koordinaattori voi hyväksyä raportin tai palauttaa sen.')
  })

  test('a fifth action gets a 400 and is not saved', async () => {
    const event = (
      await w.payload.create({
        collection: 'decision-events',
        data: { project: w.projects.A, title: 'REST-tilaisuus' } as never,
      })
    ).id
    for (let i = 1; i <= 4; i++) {
      expect((await rest.post('/api/actions', { event, title: `REST ${i}` }, tokens.coordinatorA)).status).toBe(201)
    }
    const fifth = await rest.post('/api/actions', { event, title: 'REST 5' }, tokens.coordinatorA)
    expect(fifth.status).toBe(400)
    expect(restMessages(fifth)).toContain(
      'Toimenpideohjelmassa on enintään 4 toimenpidettä, ja tällä tilaisuudella on jo 4. Muokkaa olemassa olevaa toimenpidettä tai poista jokin ensin.',
    )
    expect(await countAll(w.payload, 'actions', { event: { equals: event } })).toBe(4)
  })
})
