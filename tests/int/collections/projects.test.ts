/**
 * Users and a municipality's project work: projects, discussion sessions, scribe
 * reports and experience cards — create, read, update, delete, and the checks a
 * person runs into, with the messages they see.
 */
import { describe, expect, test } from '@jest/globals'

import { countAll, make, outcome, PASSWORD, refusal } from '../../helpers/fixtures'
import { worldForThisFile } from '../../helpers/worldForThisFile'

const w = worldForThisFile()

describe('users', () => {
  test('an admin creates, reads, updates and deletes a user, who can then sign in', async () => {
    const created = await w.payload.create({
      collection: 'users',
      data: {
        email: 'uusi.koordinaattori@example.org',
        password: PASSWORD,
        name: 'Uusi',
        role: 'coordinator',
        municipalities: [w.municipalities.B],
      },
      ...w.as('admin'),
    })
    const { token, user } = await w.payload.login({
      collection: 'users',
      data: { email: 'uusi.koordinaattori@example.org', password: PASSWORD },
    })
    expect(token).toBeTruthy()
    expect(user?.role).toBe('coordinator')
    const updated = await w.payload.update({
      collection: 'users',
      id: created.id,
      data: { name: 'Uusi Nimi' },
      ...w.as('admin'),
    })
    expect(updated.name).toBe('Uusi Nimi')
    await w.payload.delete({ collection: 'users', id: created.id, ...w.as('admin') })
    await expect(
      w.payload.login({ collection: 'users', data: { email: 'uusi.koordinaattori@example.org', password: PASSWORD } }),
    ).rejects.toThrow()
  })

  test('a coordinator needs a municipality', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'users',
        data: { email: 'k@example.org', password: PASSWORD, name: 'K', role: 'coordinator' },
        ...w.as('admin'),
      }),
    )
    expect(messages).toContain('Koordinaattorilla pitää olla vähintään yksi kunta.')
  })

  test('an organizer needs an NGO, also when an admin later takes it away', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'users',
        data: { email: 'o@example.org', password: PASSWORD, name: 'O', role: 'organizer' },
        ...w.as('admin'),
      }),
    )
    expect(messages).toContain('Järjestäjälle pitää valita järjestö, jossa hän toimii.')
    const removed = await refusal(
      w.payload.update({
        collection: 'users',
        id: w.users.organizerPartner.id,
        data: { organization: null },
        ...w.as('admin'),
      }),
    )
    expect(removed).toContain('Järjestäjälle pitää valita järjestö, jossa hän toimii.')
  })

  test('a person updates their own name', async () => {
    const updated = await w.payload.update({
      collection: 'users',
      id: w.users.organizerPartner.id,
      data: { name: 'Järjestäjä Aa' },
      ...w.as('organizerPartner'),
    })
    expect(updated.name).toBe('Järjestäjä Aa')
  })
})

describe('projects', () => {
  test('a coordinator starts, edits and deletes a project of their municipality', async () => {
    const created = await w.payload.create({
      collection: 'projects',
      data: {
        title: 'Aaltola 2026',
        municipality: w.municipalities.A,
        round: 2,
        previousRound: w.projects.A,
        partners: [w.organizations.partnerNgo],
      } as never,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.stage).toBe('planning')
    const read = await w.payload.findByID({ collection: 'projects', id: created.id, depth: 0, ...w.as('coordinatorA') })
    expect(read.title).toBe('Aaltola 2026')
    const updated = await w.payload.update({
      collection: 'projects',
      id: created.id,
      data: {
        evaluationPlan: {
          schedule: 'Puolen vuoden välein',
          divisionOfLabour: [{ task: 'Seuranta', responsible: 'hyvinvointikoordinaattori' }],
        },
      },
      ...w.as('coordinatorA'),
    })
    expect(updated.evaluationPlan?.divisionOfLabour?.[0]?.responsible).toBe('hyvinvointikoordinaattori')
    await w.payload.delete({ collection: 'projects', id: created.id, ...w.as('coordinatorA') })
    expect(await countAll(w.payload, 'projects', { id: { equals: created.id } })).toBe(0)
  })

  test('a project cannot end before it starts, on create or when only the end changes', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'projects',
        data: {
          title: 'Väärin päin',
          municipality: w.municipalities.A,
          startDate: '2025-05-01',
          endDate: '2025-04-30',
        } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(messages).toContain('Päättymispäivä ei voi olla ennen alkamispäivää.')
    const onUpdate = await refusal(
      w.payload.update({
        collection: 'projects',
        id: w.projects.A,
        data: { endDate: '2023-12-31' },
        ...w.as('coordinatorA'),
      }),
    )
    expect(onUpdate).toContain('Päättymispäivä ei voi olla ennen alkamispäivää.')
    expect(await countAll(w.payload, 'projects', { title: { equals: 'Väärin päin' } })).toBe(0)
  })

  test('a project needs a municipality', async () => {
    const result = await outcome(
      w.payload.create({ collection: 'projects', data: { title: 'Ei kuntaa' } as never, ...w.as('admin') }),
    )
    expect(result.ok).toBe(false)
    expect(await countAll(w.payload, 'projects', { title: { equals: 'Ei kuntaa' } })).toBe(0)
  })
})

describe('sessions', () => {
  const base = () => ({ project: w.projects.A, populationGroup: 'Somalia puhuvat naiset', language: w.languages.fi })

  test("the partner NGO's organizer plans a session, records it, and the title follows", async () => {
    const created = await w.payload.create({
      collection: 'sessions',
      data: { ...base(), date: '2024-04-20T14:00:00.000Z', organization: w.organizations.partnerNgo } as never,
      depth: 0,
      ...w.as('organizerPartner'),
    })
    expect(created.title).toBe('Somalia puhuvat naiset · 2024-04-20')
    expect(created.status).toBe('planned')
    const held = await w.payload.update({
      collection: 'sessions',
      id: created.id,
      data: { status: 'held', participantCount: 0, facilitator: 'ohjaaja', scribe: 'kirjuri' },
      ...w.as('organizerPartner'),
    })
    expect(held.participantCount).toBe(0)
    expect(held.status).toBe('held')
    await w.payload.delete({ collection: 'sessions', id: created.id, ...w.as('coordinatorA') })
  })

  test.each([
    [-1, 'a negative count'],
    [2.5, 'a fraction'],
  ])('a participant count of %p (%s) is refused on create and update', async (count) => {
    const before = await countAll(w.payload, 'sessions')
    const messages = await refusal(
      w.payload.create({
        collection: 'sessions',
        data: { ...base(), participantCount: count } as never,
        ...w.as('organizerPartner'),
      }),
    )
    expect(messages).toContain('Anna kokonaisluku, 0 tai suurempi.')
    expect(await countAll(w.payload, 'sessions')).toBe(before)
    const onUpdate = await refusal(
      w.payload.update({
        collection: 'sessions',
        id: w.sessions.A,
        data: { participantCount: count },
        ...w.as('organizerPartner'),
      }),
    )
    expect(onUpdate).toContain('Anna kokonaisluku, 0 tai suurempi.')
    expect((await w.payload.findByID({ collection: 'sessions', id: w.sessions.A })).participantCount).toBe(12)
  })

  test("a session's language must be an existing language", async () => {
    const gone = await make(w.payload, 'languages', { code: 'ti', name: 'tigrinja', nativeName: 'ትግርኛ' })
    await w.payload.delete({ collection: 'languages', id: gone })
    const before = await countAll(w.payload, 'sessions')
    const messages = await refusal(
      w.payload.create({
        collection: 'sessions',
        data: { ...base(), language: gone } as never,
        ...w.as('organizerPartner'),
      }),
    )
    expect(messages).toContain('Valitse kieli kielten luettelosta.')
    expect(await countAll(w.payload, 'sessions')).toBe(before)
    const missing = await refusal(
      w.payload.create({
        collection: 'sessions',
        data: { project: w.projects.A, populationGroup: 'Ryhmä' } as never,
        ...w.as('organizerPartner'),
      }),
    )
    expect(missing.length).toBeGreaterThan(0)
  })

  test('a session needs its population group', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'sessions',
        data: { project: w.projects.A, language: w.languages.fi } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(result.ok).toBe(false)
  })
})

describe('reports', () => {
  test('the organizer writes and submits a report; the project comes from the session', async () => {
    const created = await w.payload.create({
      collection: 'reports',
      data: {
        session: w.sessions.A,
        title: 'Toinen raportti',
        answers: [{ question: w.questions.participation, original: 'نعم', finnish: 'Kyllä.' }],
      } as never,
      depth: 0,
      ...w.as('organizerPartner'),
    })
    expect(created.project).toBe(w.projects.A)
    expect(created.status).toBe('draft')
    const submitted = await w.payload.update({
      collection: 'reports',
      id: created.id,
      data: { status: 'submitted' },
      ...w.as('organizerPartner'),
    })
    expect(submitted.status).toBe('submitted')
    const read = await w.payload.findByID({ collection: 'reports', id: created.id, ...w.as('coordinatorA') })
    expect(read.answers?.[0]?.finnish).toBe('Kyllä.')
    await w.payload.delete({ collection: 'reports', id: created.id, ...w.as('coordinatorA') })
  })

  test('an organizer cannot approve or return a report; the coordinator can', async () => {
    const approve = await refusal(
      w.payload.update({
        collection: 'reports',
        id: w.reports.A,
        data: { status: 'approved' },
        ...w.as('organizerPartner'),
      }),
    )
    expect(approve).toContain('Vain koordinaattori voi hyväksyä raportin tai palauttaa sen.')
    const giveBack = await refusal(
      w.payload.update({
        collection: 'reports',
        id: w.reports.A,
        data: { status: 'returned' },
        ...w.as('organizerPartner'),
      }),
    )
    expect(giveBack).toContain('Vain koordinaattori voi hyväksyä raportin tai palauttaa sen.')
    const onCreate = await refusal(
      w.payload.create({
        collection: 'reports',
        data: { session: w.sessions.A, status: 'approved' } as never,
        ...w.as('organizerPartner'),
      }),
    )
    expect(onCreate).toContain('Vain koordinaattori voi hyväksyä raportin tai palauttaa sen.')
    expect((await w.payload.findByID({ collection: 'reports', id: w.reports.A })).status).toBe('submitted')

    const returned = await w.payload.update({
      collection: 'reports',
      id: w.reports.A,
      data: { status: 'returned', reviewComment: 'Lisää suomenkielinen tiivistelmä.' },
      ...w.as('coordinatorA'),
    })
    expect(returned.status).toBe('returned')
    const approved = await w.payload.update({
      collection: 'reports',
      id: w.reports.A,
      data: { status: 'approved' },
      ...w.as('coordinatorA'),
    })
    expect(approved.status).toBe('approved')
  })

  test('every saved change of a report is kept as a version', async () => {
    const count = async () =>
      (await w.payload.findVersions({ collection: 'reports', where: { parent: { equals: w.reports.B } } })).totalDocs
    const before = await count()
    await w.payload.update({
      collection: 'reports',
      id: w.reports.B,
      data: { proposals: 'Lisää iltavuoroja.' },
      ...w.as('organizerOther'),
    })
    await w.payload.update({
      collection: 'reports',
      id: w.reports.B,
      data: { proposals: 'Lisää iltavuoroja ja kerhoja.' },
      ...w.as('organizerOther'),
    })
    expect(await count()).toBe(before + 2)
    const { docs } = await w.payload.findVersions({
      collection: 'reports',
      where: { parent: { equals: w.reports.B } },
      sort: '-createdAt',
      ...w.as('coordinatorB'),
    })
    expect(docs.map((d) => d.version.proposals)).toEqual(
      expect.arrayContaining(['Lisää iltavuoroja.', 'Lisää iltavuoroja ja kerhoja.']),
    )
  })

  test('a report needs a session', async () => {
    const result = await outcome(
      w.payload.create({ collection: 'reports', data: { title: 'Orpo' } as never, ...w.as('admin') }),
    )
    expect(result.ok).toBe(false)
    expect(await countAll(w.payload, 'reports', { title: { equals: 'Orpo' } })).toBe(0)
  })
})

describe('experience cards', () => {
  const card = (extra: Record<string, unknown>) =>
    ({
      project: w.projects.A,
      text: 'Koen olevani tervetullut kirjastoon.',
      theme: w.themes.participation,
      tone: 'positive',
      ...extra,
    }) as never

  test('a coordinator writes a card from a report; its session and group are filled in', async () => {
    const created = await w.payload.create({
      collection: 'experience-cards',
      data: card({ sourceReport: w.reports.A }),
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.sourceSession).toBe(w.sessions.A)
    expect(created.populationGroup).toBe('Arabiaa puhuvat lapsiperheet')
    const updated = await w.payload.update({
      collection: 'experience-cards',
      id: created.id,
      data: { selectedForEvent: true, order: 1 },
      ...w.as('coordinatorA'),
    })
    expect(updated.selectedForEvent).toBe(true)
    const readByOrganizer = await w.payload.findByID({
      collection: 'experience-cards',
      id: created.id,
      ...w.as('organizerPartner'),
    })
    expect(readByOrganizer.text).toBe('Koen olevani tervetullut kirjastoon.')
    await w.payload.delete({ collection: 'experience-cards', id: created.id, ...w.as('coordinatorA') })
  })

  test("a card's source report must come from a session of the card's own project", async () => {
    const before = await countAll(w.payload, 'experience-cards')
    const messages = await refusal(
      w.payload.create({ collection: 'experience-cards', data: card({ sourceReport: w.reports.B }), ...w.as('admin') }),
    )
    expect(messages).toContain(
      'Lähdetilaisuus kuuluu eri hankkeeseen kuin tämä kortti. Valitse tilaisuus kortin omasta hankkeesta tai pidä kortti sen hankkeessa.',
    )
    const viaSession = await refusal(
      w.payload.create({
        collection: 'experience-cards',
        data: card({ sourceSession: w.sessions.B }),
        ...w.as('admin'),
      }),
    )
    expect(viaSession).toContain(
      'Lähdetilaisuus kuuluu eri hankkeeseen kuin tämä kortti. Valitse tilaisuus kortin omasta hankkeesta tai pidä kortti sen hankkeessa.',
    )
    expect(await countAll(w.payload, 'experience-cards')).toBe(before)
  })

  test("a card's report must be a report of the card's session", async () => {
    const otherSession = await make(w.payload, 'sessions', {
      project: w.projects.A,
      populationGroup: 'Toinen ryhmä',
      language: w.languages.fi,
    })
    const messages = await refusal(
      w.payload.create({
        collection: 'experience-cards',
        data: card({ sourceSession: otherSession, sourceReport: w.reports.A }),
        ...w.as('coordinatorA'),
      }),
    )
    expect(messages).toContain('Lähderaportti ei ole valitun lähdetilaisuuden raportti.')
  })

  test('an organizer reads the cards but cannot write one', async () => {
    const result = await outcome(
      w.payload.create({ collection: 'experience-cards', data: card({}), ...w.as('organizerPartner') }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'forbidden' })
  })

  test('a card needs a theme and a tone', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'experience-cards',
        data: { project: w.projects.A, text: 'Teksti' } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(result.ok).toBe(false)
  })
})

describe('deleting what other records still need', () => {
  test('a project is deleted after its records, not from under them', async () => {
    const project = (
      await w.payload.create({
        collection: 'projects',
        data: { title: 'Lyhyt kierros', municipality: w.municipalities.A } as never,
        ...w.as('coordinatorA'),
      })
    ).id
    const session = (
      await w.payload.create({
        collection: 'sessions',
        data: { project, populationGroup: 'Ryhmä', language: w.languages.fi } as never,
        ...w.as('coordinatorA'),
      })
    ).id
    const report = (
      await w.payload.create({ collection: 'reports', data: { session } as never, ...w.as('coordinatorA') })
    ).id

    const projectFirst = await refusal(
      w.payload.delete({ collection: 'projects', id: project, ...w.as('coordinatorA') }),
    )
    expect(projectFirst).toEqual([
      'Tätä ei voi poistaa, koska siihen liittyy vielä 1 keskustelutilaisuus ja 1 kirjurin raportti. Poista tai muuta ne ensin.',
    ])
    const sessionFirst = await refusal(
      w.payload.delete({ collection: 'sessions', id: session, ...w.as('coordinatorA') }),
    )
    expect(sessionFirst).toEqual([
      'Tätä ei voi poistaa, koska siihen liittyy vielä 1 kirjurin raportti. Poista tai muuta ne ensin.',
    ])
    expect(await countAll(w.payload, 'reports', { session: { equals: session } })).toBe(1)

    await w.payload.delete({ collection: 'reports', id: report, ...w.as('coordinatorA') })
    await w.payload.delete({ collection: 'sessions', id: session, ...w.as('coordinatorA') })
    await w.payload.delete({ collection: 'projects', id: project, ...w.as('coordinatorA') })
    expect(await countAll(w.payload, 'projects', { id: { equals: project } })).toBe(0)
  })

  test("A's project with all its records stays whole when its coordinator tries to delete it", async () => {
    const messages = await refusal(
      w.payload.delete({ collection: 'projects', id: w.projects.A, ...w.as('coordinatorA') }),
    )
    expect(messages[0]).toMatch(
      /^Tätä ei voi poistaa, koska siihen liittyy vielä \d+ keskustelutilaisuu(s|tta), \d+ kirjurin raport(ti|tia), \d+ kokemuskort(ti|tia), 1 päättäjätilaisuus, 2 toimenpidettä, 1 palautevastaus ja 1 arviointi\. /,
    )
    expect((await w.payload.findByID({ collection: 'sessions', id: w.sessions.A, depth: 0 })).project).toBe(
      w.projects.A,
    )
  })
})
