/**
 * The decision-maker event and what follows it: events, the action programme,
 * feedback answers and evaluations — create, read, update, delete, and the
 * checks a coordinator runs into, with the messages they see.
 */
import { describe, expect, test } from '@jest/globals'

import { countAll, make, outcome, refusal } from '../../helpers/fixtures'
import { worldForThisFile } from '../../helpers/worldForThisFile'

const w = worldForThisFile()

describe('decision-maker events', () => {
  test('a coordinator plans an event with invitees and small groups; its answers are not kept in the event', async () => {
    const created = await w.payload.create({
      collection: 'decision-events',
      data: {
        project: w.projects.A,
        title: 'Päättäjätilaisuus syksy',
        date: '2024-10-02T13:00:00.000Z',
        invitees: [
          { group: 'elected', count: 12 },
          { group: 'ngo', organization: w.organizations.partnerNgo, count: 3 },
          { group: 'police', organization: w.organizations.police, count: 0, why: 'Turvallisuuden tunne nousi esiin.' },
        ],
        programme: [{ time: '13.00', item: 'Tervetuloa' }],
        smallGroups: [{ name: 'Ryhmä 1' }],
      } as never,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.status).toBe('planned')
    // No pre-filled axis words: an empty axis takes each language's standard words where it is shown.
    expect(created.grid?.xAxisLow ?? null).toBeNull()
    // The board's answers are one fact stored once: in event-verdicts and event-placements only.
    expect(created).not.toHaveProperty('verdicts')
    expect(created.grid).not.toHaveProperty('placements')
    const updated = await w.payload.update({
      collection: 'decision-events',
      id: created.id,
      data: { status: 'open' },
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(updated.status).toBe('open')
    const read = await w.payload.findByID({
      collection: 'decision-events',
      id: created.id,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(read.invitees).toHaveLength(3)
    await w.payload.delete({ collection: 'decision-events', id: created.id, ...w.as('coordinatorA') })
    expect(await countAll(w.payload, 'decision-events', { id: { equals: created.id } })).toBe(0)
  })

  test.each([-1, 2.5])('an invitee count of %p is refused', async (count) => {
    const messages = await refusal(
      w.payload.update({
        collection: 'decision-events',
        id: w.events.A,
        data: { invitees: [{ group: 'elected', count }] } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(messages).toContain('Anna kokonaisluku, 0 tai suurempi.')
  })

  test('a grid placement outside -1…1 is refused', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'event-placements',
        data: { event: w.events.A, card: w.cards.A, group: 'Paperi', x: 2, y: 0 } as never,
        ...w.as('coordinatorA'),
      }),
    )
    // Payload's own message, in the admin's default language (Finnish).
    expect(messages.join(' ')).toMatch(/suurempi kuin suurin sallittu|greater than the max/i)
    expect(await countAll(w.payload, 'event-placements', { group: { equals: 'Paperi' } })).toBe(0)
  })

  test("verdicts and grid placements take only the event's own project's cards", async () => {
    const verdict = await refusal(
      w.payload.create({
        collection: 'event-verdicts',
        data: { event: w.events.A, card: w.cards.B, group: 'Ryhmä 9', verdict: 'less' } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(verdict).toContain('Valitse kokemuskortti tämän tilaisuuden hankkeesta.')
    const placement = await refusal(
      w.payload.create({
        collection: 'event-placements',
        data: { event: w.events.B, card: w.cards.A, group: 'Ryhmä 9', x: 0, y: 0 } as never,
        ...w.as('admin'),
      }),
    )
    expect(placement).toContain('Valitse kokemuskortti tämän tilaisuuden hankkeesta.')
    expect(await countAll(w.payload, 'event-verdicts', { group: { equals: 'Ryhmä 9' } })).toBe(0)
    expect(await countAll(w.payload, 'event-placements', { group: { equals: 'Ryhmä 9' } })).toBe(0)
  })

  test('an event needs a title', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'decision-events',
        data: { project: w.projects.A } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(result.ok).toBe(false)
  })
})

describe('actions', () => {
  test('a coordinator records an action; its project comes from the event; a public one is seen by everyone', async () => {
    const event = await make(w.payload, 'decision-events', { project: w.projects.A, title: 'Tilaisuus toimenpiteille' })
    const created = await w.payload.create({
      collection: 'actions',
      data: {
        event,
        title: 'Nuorisotilan iltavuorot',
        ownerRole: 'nuorisotoimen päällikkö',
        responsibleOrganizations: [w.organizations.partnerNgo],
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      } as never,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.project).toBe(w.projects.A)
    expect(created.status).toBe('planned')
    expect(
      await outcome(w.payload.findByID({ collection: 'actions', id: created.id, ...w.as('anonymous') })),
    ).toMatchObject({ ok: false })

    const published = await w.payload.update({
      collection: 'actions',
      id: created.id,
      data: {
        public: true,
        status: 'in-progress',
        progress: 40,
        updates: [{ date: '2025-03-01', text: 'Kaksi iltaa viikossa.' }],
      } as never,
      ...w.as('coordinatorA'),
    })
    expect(published.progress).toBe(40)
    const seen = await w.payload.findByID({ collection: 'actions', id: created.id, depth: 0, ...w.as('anonymous') })
    expect(seen.title).toBe('Nuorisotilan iltavuorot')

    await w.payload.delete({ collection: 'actions', id: created.id, ...w.as('coordinatorA') })
    expect(await countAll(w.payload, 'actions', { event: { equals: event } })).toBe(0)
  })

  test('an action programme has 1–4 actions: a fifth is refused and leaves no record', async () => {
    const event = await make(w.payload, 'decision-events', { project: w.projects.B, title: 'Täysi tilaisuus' })
    for (let i = 1; i <= 4; i++) {
      await w.payload.create({
        collection: 'actions',
        data: { event, title: `Toimenpide ${i}` } as never,
        ...w.as('coordinatorB'),
      })
    }
    const messages = await refusal(
      w.payload.create({
        collection: 'actions',
        data: { event, title: 'Viides toimenpide' } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect(messages).toContain(
      'Toimenpideohjelmassa on enintään 4 toimenpidettä, ja tällä tilaisuudella on jo 4. Muokkaa olemassa olevaa toimenpidettä tai poista jokin ensin.',
    )
    expect(await countAll(w.payload, 'actions', { event: { equals: event } })).toBe(4)
    expect(await countAll(w.payload, 'actions', { title: { equals: 'Viides toimenpide' } })).toBe(0)

    // moving another event's action into the full programme is refused too
    const moved = await refusal(
      w.payload.update({ collection: 'actions', id: w.actions.B.private, data: { event }, ...w.as('coordinatorB') }),
    )
    expect(moved).toContain(
      'Toimenpideohjelmassa on enintään 4 toimenpidettä, ja tällä tilaisuudella on jo 4. Muokkaa olemassa olevaa toimenpidettä tai poista jokin ensin.',
    )
    expect((await w.payload.findByID({ collection: 'actions', id: w.actions.B.private, depth: 0 })).event).toBe(
      w.events.B,
    )

    // an action of the full programme can still be edited
    const [first] = (await w.payload.find({ collection: 'actions', where: { event: { equals: event } }, limit: 1 }))
      .docs
    const edited = await w.payload.update({
      collection: 'actions',
      id: first.id,
      data: { status: 'done', progress: 100 },
      ...w.as('coordinatorB'),
    })
    expect(edited.status).toBe('done')
  })

  test("an action's end is not before its start", async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'actions',
        data: { event: w.events.A, title: 'Takaperin', startDate: '2025-06-01', endDate: '2025-05-31' } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(messages).toContain('Päättymispäivä ei voi olla ennen alkamispäivää.')
    expect(await countAll(w.payload, 'actions', { title: { equals: 'Takaperin' } })).toBe(0)
    const onUpdate = await refusal(
      w.payload.update({
        collection: 'actions',
        id: w.actions.A.private,
        data: { startDate: '2025-06-01', endDate: '2025-01-01' },
        ...w.as('coordinatorA'),
      }),
    )
    expect(onUpdate).toContain('Päättymispäivä ei voi olla ennen alkamispäivää.')
    const sameDay = await w.payload.update({
      collection: 'actions',
      id: w.actions.A.private,
      data: { startDate: '2025-06-01', endDate: '2025-06-01' },
      ...w.as('coordinatorA'),
    })
    expect(sameDay.endDate).toBe(sameDay.startDate)
  })

  test("a coordinator cannot move an action to another municipality's event", async () => {
    const messages = await refusal(
      w.payload.update({
        collection: 'actions',
        id: w.actions.A.private,
        data: { event: w.events.B },
        ...w.as('coordinatorA'),
      }),
    )
    expect(messages).toContain('Voit lisätä tietoja vain omiin hankkeisiisi.')
    const stored = await w.payload.findByID({ collection: 'actions', id: w.actions.A.private, depth: 0 })
    expect([stored.event, stored.project]).toEqual([w.events.A, w.projects.A])
  })

  test('an action needs an existing event', async () => {
    const gone = await make(w.payload, 'decision-events', { project: w.projects.A, title: 'Peruttu' })
    await w.payload.delete({ collection: 'decision-events', id: gone })
    const messages = await refusal(
      w.payload.create({ collection: 'actions', data: { event: gone, title: 'Orpo' } as never, ...w.as('admin') }),
    )
    expect(messages).toContain('Valittua päättäjätilaisuutta ei ole olemassa.')
  })
})

describe('feedback responses', () => {
  test('a coordinator records an anonymous answer; the project comes from the event', async () => {
    const created = await w.payload.create({
      collection: 'feedback-responses',
      data: {
        event: w.events.A,
        respondentGroup: 'ngo',
        dataCollectionEffect: 'little',
        eventEffect: 'much',
        intentions: 'Kerron yhdistyksessä.',
      } as never,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.project).toBe(w.projects.A)
    expect(created.language).toBe('fi')
    const updated = await w.payload.update({
      collection: 'feedback-responses',
      id: created.id,
      data: { comments: 'Kiitos.' },
      ...w.as('coordinatorA'),
    })
    expect(updated.comments).toBe('Kiitos.')
    await w.payload.delete({ collection: 'feedback-responses', id: created.id, ...w.as('coordinatorA') })
  })

  test("B's coordinator cannot file an answer under A's event", async () => {
    const before = await countAll(w.payload, 'feedback-responses')
    await refusal(
      w.payload.create({
        collection: 'feedback-responses',
        data: { event: w.events.A, respondentGroup: 'other' } as never,
        ...w.as('coordinatorB'),
      }),
    )
    expect(await countAll(w.payload, 'feedback-responses')).toBe(before)
  })

  test('an answer outside the scale is refused', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'feedback-responses',
        data: { event: w.events.A, eventEffect: 'enormous' } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('evaluations', () => {
  test('a coordinator schedules, records and removes an evaluation', async () => {
    const created = await w.payload.create({
      collection: 'evaluations',
      data: {
        project: w.projects.A,
        title: 'Vuosiarvio',
        action: w.actions.A.public,
        responsibleParty: 'kunnanhallitus',
        responsibleEmail: 'arviointi@aaltola.example',
        dueDate: '2025-12-15',
      } as never,
      depth: 0,
      ...w.as('coordinatorA'),
    })
    expect(created.status).toBe('planned')
    const done = await w.payload.update({
      collection: 'evaluations',
      id: created.id,
      data: { status: 'done', impact: 'some', findings: 'Kävijämäärä kasvoi.' },
      ...w.as('coordinatorA'),
    })
    expect(done.impact).toBe('some')
    await w.payload.delete({ collection: 'evaluations', id: created.id, ...w.as('coordinatorA') })
  })

  test('an evaluation can only assess an action of its own project', async () => {
    const messages = await refusal(
      w.payload.create({
        collection: 'evaluations',
        data: {
          project: w.projects.A,
          title: 'Väärä arvio',
          action: w.actions.B.public,
          responsibleParty: 'kunta',
          dueDate: '2025-12-15',
        } as never,
        ...w.as('admin'),
      }),
    )
    expect(messages).toContain('Valitse toimenpide tämän arvioinnin hankkeesta.')
    expect(await countAll(w.payload, 'evaluations', { title: { equals: 'Väärä arvio' } })).toBe(0)
  })

  test('an evaluation needs a due date and a responsible party', async () => {
    const result = await outcome(
      w.payload.create({
        collection: 'evaluations',
        data: { project: w.projects.A, title: 'Puutteellinen' } as never,
        ...w.as('coordinatorA'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })

  test('a reminder address must be an email address', async () => {
    const result = await outcome(
      w.payload.update({
        collection: 'evaluations',
        id: w.evaluations.A,
        data: { responsibleEmail: 'ei osoite' },
        ...w.as('coordinatorA'),
      }),
    )
    expect(result).toMatchObject({ ok: false, kind: 'invalid' })
  })
})

describe('deleting what other records still need', () => {
  test('an event keeps its action programme and feedback', async () => {
    const messages = await refusal(
      w.payload.delete({ collection: 'decision-events', id: w.events.B, ...w.as('coordinatorB') }),
    )
    expect(messages).toEqual([
      'Tätä ei voi poistaa, koska siihen liittyy vielä 2 toimenpidettä ja 1 palautevastaus. Poista tai muuta ne ensin.',
    ])
    expect(await countAll(w.payload, 'actions', { event: { equals: w.events.B } })).toBe(2)
  })

  test('a card a group placed on the grid cannot be deleted until the placement is removed', async () => {
    const card = await make(w.payload, 'experience-cards', {
      project: w.projects.B,
      text: 'Bussissa moikataan.',
      theme: w.themes.participation,
      tone: 'positive',
    })
    const event = await make(w.payload, 'decision-events', { project: w.projects.B, title: 'Ruudukko' })
    const placement = await make(w.payload, 'event-placements', { event, card, group: 'Ryhmä 1', x: 0.5, y: -0.5 })
    const messages = await refusal(
      w.payload.delete({ collection: 'experience-cards', id: card, ...w.as('coordinatorB') }),
    )
    expect(messages).toEqual([
      'Tätä ei voi poistaa, koska siihen liittyy vielä 1 sijoitus koordinaatistossa. Poista tai muuta ne ensin.',
    ])
    expect(await countAll(w.payload, 'experience-cards', { id: { equals: card } })).toBe(1)
    await w.payload.delete({ collection: 'event-placements', id: placement, ...w.as('coordinatorB') })
    await w.payload.delete({ collection: 'experience-cards', id: card, ...w.as('coordinatorB') })
    expect(await countAll(w.payload, 'experience-cards', { id: { equals: card } })).toBe(0)
  })
})
