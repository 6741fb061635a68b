/**
 * The project-team workflow through the real REST handlers as the real roles:
 * board and survey links by token, concurrent verdicts, closed-event links,
 * the approved-report lock, the next round, exports, the overview and the
 * national view, the action limit and public actions, evaluation reminders.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { buildWorld, PASSWORD, type World } from '../../helpers/fixtures'
import { type RestClient, restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let w: World
let rest: RestClient
const tokens: Record<string, string> = {}
let board = ''
let survey = ''
let boardB = ''

const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'warn'
  w = await buildWorld(portal.payload)
  rest = await restClient(portal.payload)
  for (const actor of ['organizerPartner', 'organizerOther', 'coordinatorA', 'coordinatorB', 'admin'] as const) {
    tokens[actor] = await rest.login(w.emails[actor], PASSWORD)
  }
  await portal.payload.update({
    collection: 'experience-cards',
    id: w.cards.A,
    data: { selectedForEvent: true },
    ...sys,
  })
  await portal.payload.update({
    collection: 'experience-cards',
    id: w.cards.B,
    data: { selectedForEvent: true },
    ...sys,
  })
  const event = await portal.payload.update({
    collection: 'decision-events',
    id: w.events.A,
    data: { status: 'open', smallGroups: [{ name: 'Ryhmä 1' }, { name: 'Ryhmä 2' }] },
    ...sys,
  })
  board = event.boardToken as string
  survey = event.surveyToken as string
  const eventB = await portal.payload.update({
    collection: 'decision-events',
    id: w.events.B,
    data: { status: 'open' },
    ...sys,
  })
  boardB = eventB.boardToken as string
})
afterAll(async () => {
  await portal?.stop()
})

const verdictCount = async (event: string) =>
  (
    await portal.payload.count({
      collection: 'event-verdicts',
      where: { event: { equals: event } },
      overrideAccess: true,
    })
  ).totalDocs

describe('event link tokens', () => {
  test('every event gets two different unguessable tokens that a client cannot choose', async () => {
    expect(board).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(survey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(board).not.toBe(survey)
    expect(board).not.toBe(boardB)
    const res = await rest.patch(
      `/api/decision-events/${w.events.A}`,
      { boardToken: 'my-own-easy-token', title: 'Päättäjätilaisuus A' },
      tokens.coordinatorA,
    )
    expect(res.status).toBe(200)
    expect(res.body.doc.boardToken).toBe(board)
  })

  test('the tokens are shown to the coordinator of the event and to nobody else', async () => {
    expect((await rest.get(`/api/decision-events/${w.events.A}`, tokens.coordinatorA)).body.boardToken).toBe(board)
    for (const actor of ['coordinatorB', 'organizerPartner', 'organizerOther']) {
      const res = await rest.get(`/api/decision-events/${w.events.A}`, tokens[actor])
      expect(JSON.stringify(res.body)).not.toContain(board)
    }
    const publicActions = await rest.get('/api/actions?depth=2')
    expect(publicActions.status).toBe(200)
    expect(JSON.stringify(publicActions.body)).not.toContain(board)
    expect(JSON.stringify(publicActions.body)).not.toContain(survey)
  })
})

describe('facilitation board', () => {
  test('a board link shows only its own event and its chosen cards', async () => {
    const res = await rest.get(`/api/event-board/${board}?lang=fi`)
    expect(res.status).toBe(200)
    expect(res.body.title).toBe('Päättäjätilaisuus A')
    expect(res.body.groups).toEqual(['Ryhmä 1', 'Ryhmä 2'])
    expect(res.body.cards.map((c: { id: string }) => c.id)).toEqual([w.cards.A])
    expect(JSON.stringify(res.body)).not.toContain('Iltaisin')
  })

  test('an unknown token opens nothing, with a message in the asked language', async () => {
    const fi = await rest.get(`/api/event-board/${'x'.repeat(43)}?lang=fi`)
    const en = await rest.get(`/api/event-board/${'x'.repeat(43)}?lang=en`)
    expect(fi.status).toBe(404)
    expect(fi.body.errors[0].message).toMatch(/linkki/)
    expect(en.body.errors[0].message).toMatch(/link/)
    expect((await rest.get(`/api/event-board/${survey}`)).status).toBe(404)
  })

  test('two groups answering at the same time are all counted', async () => {
    const send = (group: string, verdict: string, note = '') =>
      rest.post(`/api/event-board/${board}/verdicts`, { card: w.cards.A, group, verdict, note })
    const results = await Promise.all([send('Ryhmä 1', 'more', 'Tätä lisää kouluihin'), send('Ryhmä 2', 'less')])
    expect(results.map((r) => r.status)).toEqual([201, 201])
    const tally = await rest.get(`/api/event-board/${board}/tally`)
    expect(tally.status).toBe(200)
    const card = tally.body.cards.find((c: { id: string }) => c.id === w.cards.A)
    expect([card.more, card.less]).toEqual([1, 1])
    expect(card.notes).toEqual([{ group: 'Ryhmä 1', verdict: 'more', note: 'Tätä lisää kouluihin' }])
    expect(tally.body.groupsAnswered).toEqual(['Ryhmä 1', 'Ryhmä 2'])
  })

  test('a group changing its mind replaces its own verdict, not another group’s', async () => {
    const res = await rest.post(`/api/event-board/${board}/verdicts`, {
      card: w.cards.A,
      group: 'Ryhmä 2',
      verdict: 'more',
    })
    expect(res.status).toBe(201)
    const card = (await rest.get(`/api/event-board/${board}/tally`)).body.cards[0]
    expect([card.more, card.less]).toEqual([2, 0])
    expect(await verdictCount(w.events.A)).toBe(2)
  })

  test('another project’s card, an unknown group or a bad verdict is refused and nothing is written', async () => {
    const before = await verdictCount(w.events.A)
    const other = await rest.post(`/api/event-board/${board}/verdicts?lang=en`, {
      card: w.cards.B,
      group: 'Ryhmä 1',
      verdict: 'more',
    })
    expect(other.status).toBe(400)
    expect(other.body).toEqual({ errors: [{ message: 'This card is not part of the event.' }] })
    expect(
      (await rest.post(`/api/event-board/${board}/verdicts`, { card: w.cards.A, group: 'Hacker', verdict: 'more' }))
        .status,
    ).toBe(400)
    expect(
      (await rest.post(`/api/event-board/${board}/verdicts`, { card: w.cards.A, group: 'Ryhmä 1', verdict: 'maybe' }))
        .status,
    ).toBe(400)
    expect(await verdictCount(w.events.A)).toBe(before)
    expect(await verdictCount(w.events.B)).toBe(0)
  })

  test('grid placements are stored per group and card and range-checked', async () => {
    expect(
      (await rest.post(`/api/event-board/${board}/placements`, { card: w.cards.A, group: 'Ryhmä 1', x: -0.5, y: 1 }))
        .status,
    ).toBe(201)
    expect(
      (await rest.post(`/api/event-board/${board}/placements`, { card: w.cards.A, group: 'Ryhmä 1', x: 0.5, y: 1 }))
        .status,
    ).toBe(201)
    expect(
      (await rest.post(`/api/event-board/${board}/placements`, { card: w.cards.A, group: 'Ryhmä 1', x: 3, y: 0 }))
        .status,
    ).toBe(400)
    const tally = await rest.get(`/api/event-board/${board}/tally`)
    expect(tally.body.placements).toEqual([{ card: w.cards.A, group: 'Ryhmä 1', x: 0.5, y: 1 }])
  })

  test('verdict records are read and typed in (from a paper board) by the event’s coordinator only', async () => {
    expect((await rest.get('/api/event-verdicts', tokens.coordinatorA)).body.totalDocs).toBe(2)
    expect((await rest.get('/api/event-verdicts', tokens.coordinatorB)).body.totalDocs ?? 0).toBe(0)
    expect((await rest.get('/api/event-verdicts')).status).toBe(403)
    const paper = { event: w.events.A, card: w.cards.A, group: 'Paperi', verdict: 'more' }
    expect((await rest.post('/api/event-verdicts', paper, tokens.coordinatorB)).status).toBe(403)
    expect((await rest.post('/api/event-verdicts', paper, tokens.organizerPartner)).status).toBe(403)
    expect((await rest.post('/api/event-verdicts', paper)).status).toBe(403)
    expect((await rest.post('/api/event-verdicts', paper, tokens.coordinatorA)).status).toBe(201)
    const card = (await rest.get(`/api/event-board/${board}/tally`)).body.cards[0]
    expect([card.more, card.less]).toEqual([3, 0])
    expect(await verdictCount(w.events.A)).toBe(3)
  })
})

describe('feedback survey', () => {
  test('three anonymous answers arrive and are counted; nothing identifying is returned', async () => {
    const before = (
      await portal.payload.count({
        collection: 'feedback-responses',
        where: { event: { equals: w.events.A } },
        overrideAccess: true,
      })
    ).totalDocs
    for (const eventEffect of ['much', 'much', 'little']) {
      const res = await rest.post(`/api/event-survey/${survey}?lang=sv`, {
        eventEffect,
        dataCollectionEffect: 'some',
        respondentGroup: 'ngo',
        intentions: 'Jag berättar för kollegerna.',
      })
      expect(res.status).toBe(201)
      expect(res.body).toEqual({ ok: true })
    }
    const { docs } = await portal.payload.find({
      collection: 'feedback-responses',
      where: { event: { equals: w.events.A } },
      overrideAccess: true,
      sort: '-createdAt',
      depth: 0,
    })
    expect(docs.length).toBe(before + 3)
    expect(docs[0].language).toBe('sv')
    expect(docs[0].project).toBe(w.projects.A)
    const overview = await rest.get(`/api/project-overview/${w.projects.A}`, tokens.coordinatorA)
    expect(overview.body.survey.answers).toBe(before + 3)
    expect(overview.body.survey.eventEffect.find((e: { key: string }) => e.key === 'much').value).toBe(3)
  })

  test('an empty answer or an invented choice is refused with a localized message and not saved', async () => {
    const before = (await portal.payload.count({ collection: 'feedback-responses', overrideAccess: true })).totalDocs
    const empty = await rest.post(`/api/event-survey/${survey}?lang=fi`, {})
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toMatch(/Vastaa vähintään/)
    expect((await rest.post(`/api/event-survey/${survey}`, { eventEffect: 'enormous' })).status).toBe(400)
    expect((await rest.post(`/api/event-survey/${board}`, { eventEffect: 'much' })).status).toBe(404)
    expect((await portal.payload.count({ collection: 'feedback-responses', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })
})

describe('a closed event’s links', () => {
  test('stop working (410) and write nothing', async () => {
    const event = await portal.payload.create({
      collection: 'decision-events',
      data: { project: w.projects.A, title: 'Vanha tilaisuus', status: 'open' },
      ...sys,
    })
    const stale = event.boardToken as string
    const staleSurvey = event.surveyToken as string
    expect((await rest.get(`/api/event-board/${stale}`)).status).toBe(200)
    await rest.patch(`/api/decision-events/${event.id}`, { status: 'closed' }, tokens.coordinatorA)
    const res = await rest.get(`/api/event-board/${stale}?lang=en`)
    expect(res.status).toBe(410)
    expect(res.body.errors[0].message).toMatch(/closed/)
    expect(
      (await rest.post(`/api/event-board/${stale}/verdicts`, { card: w.cards.A, group: 'x', verdict: 'more' })).status,
    ).toBe(410)
    expect((await rest.get(`/api/event-board/${stale}/tally`)).status).toBe(410)
    expect((await rest.post(`/api/event-survey/${staleSurvey}`, { eventEffect: 'much' })).status).toBe(410)
    expect(await verdictCount(String(event.id))).toBe(0)
  })
})

describe('report review', () => {
  test('an organizer cannot approve; the coordinator approves; then the organizer cannot change it', async () => {
    const approve = await rest.patch(`/api/reports/${w.reports.A}`, { status: 'approved' }, tokens.organizerPartner)
    expect(approve.status).toBe(400)
    expect((await rest.patch(`/api/reports/${w.reports.A}`, { status: 'approved' }, tokens.coordinatorA)).status).toBe(
      200,
    )
    const edit = await rest.patch(
      `/api/reports/${w.reports.A}?locale=en`,
      { positiveExperiences: 'Muutettu jälkikäteen' },
      tokens.organizerPartner,
    )
    expect(edit.status).toBe(400)
    expect(JSON.stringify(edit.body)).toContain('on hyväksytty, eikä sitä voi enää muuttaa')
    const report = await portal.payload.findByID({ collection: 'reports', id: w.reports.A, ...sys })
    expect(report.positiveExperiences).toBe('Naapurit tervehtivät.')
    expect(report.status).toBe('approved')
  })

  test('returning needs a comment; a returned report can be fixed and resubmitted', async () => {
    expect((await rest.patch(`/api/reports/${w.reports.A}`, { status: 'returned' }, tokens.coordinatorA)).status).toBe(
      400,
    )
    expect(
      (
        await rest.patch(
          `/api/reports/${w.reports.A}`,
          { status: 'returned', reviewComment: 'Lisää tiivistelmä.' },
          tokens.coordinatorA,
        )
      ).status,
    ).toBe(200)
    const fixed = await rest.patch(
      `/api/reports/${w.reports.A}`,
      { status: 'submitted', proposals: 'Lisää kerhoja.' },
      tokens.organizerPartner,
    )
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.status).toBe('submitted')
    const versions = await rest.get(`/api/reports/versions?where[parent][equals]=${w.reports.A}`, tokens.coordinatorA)
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(3)
    await rest.patch(`/api/reports/${w.reports.A}`, { status: 'approved' }, tokens.coordinatorA)
  })
})

describe('exports', () => {
  test('the coordinator exports their own project as CSV; others get nothing', async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../../payload.config')
    const get = async (path: string, token?: string) => {
      const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
      const res = await (REST_GET(config) as any)(new Request(`http://localhost${path}`, { headers }), {
        params: Promise.resolve({
          slug: path
            .replace(/^\/api\//, '')
            .split('?')[0]
            .split('/'),
        }),
      })
      return { status: res.status as number, type: res.headers.get('content-type') as string, text: await res.text() }
    }
    const sessions = await get(`/api/project-export/${w.projects.A}/sessions.csv`, tokens.coordinatorA)
    expect(sessions.status).toBe(200)
    expect(sessions.type).toMatch(/text\/csv/)
    expect(sessions.text).toContain('Arabiaa puhuvat lapsiperheet')
    expect(sessions.text).not.toContain('Venäjää')
    const reports = await get(`/api/project-export/${w.projects.A}/reports.csv`, tokens.coordinatorA)
    expect(reports.text).toContain('Osallistumme.')
    const surveyCsv = await get(`/api/project-export/${w.projects.A}/survey.csv`, tokens.coordinatorA)
    expect(surveyCsv.text.split('\r\n').filter((l: string) => l.includes('Jag berättar')).length).toBe(3)
    expect((await get(`/api/project-export/${w.projects.A}/sessions.csv`, tokens.coordinatorB)).status).toBe(404)
    expect((await get(`/api/project-export/${w.projects.A}/sessions.csv`, tokens.organizerOther)).status).toBe(404)
    expect((await get(`/api/project-export/${w.projects.A}/sessions.csv`)).status).toBe(401)
    // The partner NGO's organizer sees the sessions but not the survey (coordinator only).
    const partnerSurvey = await get(`/api/project-export/${w.projects.A}/survey.csv`, tokens.organizerPartner)
    expect(partnerSurvey.text).not.toContain('Jag berättar')
  })
})

describe('action programme', () => {
  test('four actions at most; a fifth is refused; public actions carry the municipality for the public page', async () => {
    for (const title of ['Kolmas toimenpide', 'Neljäs toimenpide']) {
      expect((await rest.post('/api/actions', { event: w.events.A, title }, tokens.coordinatorA)).status).toBe(201)
    }
    const fifth = await rest.post(
      '/api/actions',
      { event: w.events.A, title: 'Viides toimenpide' },
      tokens.coordinatorA,
    )
    expect(fifth.status).toBe(400)
    expect(JSON.stringify(fifth.body)).toContain('enintään 4 toimenpidettä')
    expect(
      (
        await portal.payload.count({
          collection: 'actions',
          where: { event: { equals: w.events.A } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(4)
    const pub = await rest.get(`/api/actions?where[municipality][equals]=${w.municipalities.A}&depth=0`)
    expect(pub.body.docs.map((d: { title: string }) => d.title)).toEqual(['Avoimet kerhot kirjastossa (A)'])
    expect(pub.body.docs[0]).toMatchObject({ status: 'planned', progress: 0, public: true })
  })
})

describe('next round', () => {
  test('only the municipality’s coordinator starts it; groups, languages and partners carry over; once', async () => {
    await portal.payload.update({
      collection: 'projects',
      id: w.projects.A,
      data: { populationGroups: [{ name: 'Arabiaa puhuvat' }], languages: [w.languages.ar] },
      ...sys,
    })
    expect((await rest.post(`/api/project-next-round/${w.projects.A}`, {}, tokens.organizerPartner)).status).toBe(403)
    expect((await rest.post(`/api/project-next-round/${w.projects.A}`, {}, tokens.coordinatorB)).status).toBe(404)
    expect((await rest.post(`/api/project-next-round/${w.projects.A}`, {})).status).toBe(401)
    const res = await rest.post(`/api/project-next-round/${w.projects.A}`, {}, tokens.coordinatorA)
    expect(res.status).toBe(201)
    expect(res.body.round).toBe(2)
    const next = await portal.payload.findByID({ collection: 'projects', id: res.body.id, ...sys })
    expect(next).toMatchObject({
      round: 2,
      previousRound: w.projects.A,
      municipality: w.municipalities.A,
      partners: [w.organizations.partnerNgo],
      languages: [w.languages.ar],
    })
    expect(next.populationGroups?.map((g) => g.name)).toEqual(['Arabiaa puhuvat'])
    expect((await rest.post(`/api/project-next-round/${w.projects.A}`, {}, tokens.coordinatorA)).status).toBe(409)
    const overview = await rest.get(`/api/project-overview/${res.body.id}`, tokens.coordinatorA)
    expect(overview.body.previous.project.id).toBe(w.projects.A)
    expect(overview.body.previous.cards.total).toBe(1)
    expect(overview.body.previous.cards.byThemeAndTone).toEqual([{ theme: 'Osallisuus', positive: 1, negative: 0 }])
  })
})

describe('overview and national view', () => {
  test('the overview is read as the person: another municipality or a non-partner NGO gets nothing', async () => {
    const own = await rest.get(`/api/project-overview/${w.projects.A}`, tokens.coordinatorA)
    expect(own.status).toBe(200)
    expect(own.body.checklist.find((c: { key: string }) => c.key === 'actionsAgreed').done).toBe(true)
    expect(own.body.participantsByLanguage).toEqual([{ key: w.languages.ar, label: 'arabia', value: 12 }])
    expect((await rest.get(`/api/project-overview/${w.projects.A}`, tokens.coordinatorB)).status).toBe(404)
    expect((await rest.get(`/api/project-overview/${w.projects.A}`, tokens.organizerOther)).status).toBe(404)
    expect((await rest.get(`/api/project-overview/${w.projects.A}`)).status).toBe(401)
  })

  test('the national view is for admins and hides counts under 5', async () => {
    expect((await rest.get('/api/national-overview', tokens.coordinatorA)).status).toBe(403)
    const res = await rest.get('/api/national-overview', tokens.admin)
    expect(res.status).toBe(200)
    const a = res.body.municipalities.find((m: { municipality: string }) => m.municipality === 'Aaltola')
    expect(a).toMatchObject({ participants: 12, cards: null, actions: null, sessionsHeld: null })
    expect(res.body.themes).toEqual(expect.arrayContaining([{ theme: 'Osallisuus', positive: null, negative: 0 }]))
  })
})

describe('evaluation reminders', () => {
  test('the hourly job e-mails evaluations coming due once, and only those', async () => {
    const day = 24 * 3600 * 1000
    const due = (days: number) => new Date(Date.now() + days * day).toISOString()
    const make = (title: string, extra: Record<string, unknown>) =>
      portal.payload.create({
        collection: 'evaluations',
        data: { project: w.projects.A, title, responsibleParty: 'hyvinvointikoordinaattori', ...extra } as never,
        ...sys,
      })
    const soon = await make('Pian', { dueDate: due(3), responsibleEmail: 'arvioija@example.org' })
    const later = await make('Myöhemmin', { dueDate: due(60), responsibleEmail: 'myohemmin@example.org' })
    const done = await make('Tehty', { dueDate: due(2), responsibleEmail: 'tehty@example.org', status: 'done' })
    const noAddress = await make('Ei osoitetta', { dueDate: due(2) })
    await portal.payload.jobs.queue({ task: 'sendEvaluationReminders', input: {}, queue: 'hourly' })
    await portal.payload.jobs.run({ queue: 'hourly' })
    const read = async (id: string | number) => portal.payload.findByID({ collection: 'evaluations', id, ...sys })
    const first = (await read(soon.id)).reminderSentAt
    expect(first).toBeTruthy()
    expect((await read(later.id)).reminderSentAt).toBeFalsy()
    expect((await read(done.id)).reminderSentAt).toBeFalsy()
    expect((await read(noAddress.id)).reminderSentAt).toBeFalsy()
    const outbox = await portal.payload.find({
      collection: 'outbox-messages',
      where: { subject: { contains: 'Pian' } },
      overrideAccess: true,
    })
    expect(outbox.docs.map((d) => d.to)).toEqual(['arvioija@example.org'])
    await portal.payload.jobs.queue({ task: 'sendEvaluationReminders', input: {}, queue: 'hourly' })
    await portal.payload.jobs.run({ queue: 'hourly' })
    expect((await read(soon.id)).reminderSentAt).toBe(first)
    expect(
      (
        await portal.payload.count({
          collection: 'outbox-messages',
          where: { subject: { contains: 'Pian' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })
})
