/**
 * The small groups' answers on the board are one fact stored once: a record per event, card and
 * group in event-verdicts and event-placements, written by the board (a group's second answer
 * replaces its first) or typed in by the coordinator from a paper board, and read from there by the
 * tally and the card deck. A card or an event that groups answered cannot be deleted: the person
 * gets a 409 with the reason in their admin language, and nothing is deleted.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { loadCardDeck } from '../../../src/documents/cardDeck/loadCardDeck'
import { interfaceLocales } from '../../../src/i18n/locales'
import type { Project } from '../../../src/payload-types'
import { buildWorld, countAll, make, PASSWORD, type World } from '../../helpers/fixtures'
import { openZip, slideTexts } from '../../helpers/ooxml'
import { type RestClient, restClient } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let w: World
const clients = {} as Record<'fi' | 'sv' | 'en', RestClient>
const tokens = {} as Record<'coordinatorA' | 'coordinatorB', string>
let board = ''

const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  for (const lang of interfaceLocales) clients[lang] = await restClient(portal.payload, { language: lang })
  for (const actor of ['coordinatorA', 'coordinatorB'] as const)
    tokens[actor] = await clients.fi.login(w.emails[actor], PASSWORD)
  await portal.payload.update({
    collection: 'experience-cards',
    id: w.cards.A,
    data: { selectedForEvent: true },
    ...sys,
  })
  const event = await portal.payload.update({
    collection: 'decision-events',
    id: w.events.A,
    data: { status: 'open', smallGroups: [{ name: 'Ryhmä 1' }, { name: 'Ryhmä 2' }, { name: 'Ryhmä 3' }] },
    ...sys,
  })
  board = event.boardToken as string
})
afterAll(async () => {
  await portal?.stop()
})

const answersOf = async <C extends 'event-verdicts' | 'event-placements'>(collection: C, group: string) =>
  (
    await portal.payload.find({
      collection,
      where: {
        and: [{ event: { equals: w.events.A } }, { card: { equals: w.cards.A } }, { group: { equals: group } }],
      },
      ...sys,
    })
  ).docs

const tally = async () => (await clients.fi.get(`/api/event-board/${board}/tally`)).body

describe('one store for the board’s answers', () => {
  test('the board writes one record per event, card and group; a second answer replaces the first', async () => {
    const post = (path: string, body: object) => clients.fi.post(`/api/event-board/${board}/${path}`, body)
    expect((await post('verdicts', { card: w.cards.A, group: 'Ryhmä 2', verdict: 'more' })).status).toBe(201)
    expect(
      (await post('verdicts', { card: w.cards.A, group: 'Ryhmä 2', verdict: 'less', note: 'Toisin' })).status,
    ).toBe(201)
    expect((await answersOf('event-verdicts', 'Ryhmä 2')).map((v) => [v.verdict, v.note, v.project])).toEqual([
      ['less', 'Toisin', w.projects.A],
    ])
    expect((await post('placements', { card: w.cards.A, group: 'Ryhmä 2', x: 0.1, y: 0.2 })).status).toBe(201)
    expect((await post('placements', { card: w.cards.A, group: 'Ryhmä 2', x: -0.3, y: 0.4 })).status).toBe(201)
    expect((await answersOf('event-placements', 'Ryhmä 2')).map((p) => [p.x, p.y])).toEqual([[-0.3, 0.4]])
    // The event itself keeps no copy of them.
    const event = (await clients.fi.get(`/api/decision-events/${w.events.A}?depth=0`, tokens.coordinatorA)).body
    expect(event).not.toHaveProperty('verdicts')
    expect(event.grid).not.toHaveProperty('placements')
  })

  test('one group’s answers sent at the same moment from two devices end in one record', async () => {
    const results = await Promise.all(
      (['more', 'less', 'more'] as const).map((verdict) =>
        clients.fi.post(`/api/event-board/${board}/verdicts`, { card: w.cards.A, group: 'Ryhmä 3', verdict }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual([201, 201, 201])
    expect(await answersOf('event-verdicts', 'Ryhmä 3')).toHaveLength(1)
  })

  test('a second answer of the same group for the same card is refused with a sentence, also at the database', async () => {
    const sentences = {
      fi: 'Ryhmä Ryhmä 1 on jo vastannut tähän korttiin tässä tilaisuudessa. Muuta sen aiempaa vastausta.',
      sv: 'Gruppen Ryhmä 1 har redan svarat på det här kortet vid det här evenemanget. Ändra gruppens tidigare svar.',
      en: 'Group Ryhmä 1 has already answered this card at this event. Change its earlier answer instead.',
    }
    for (const lang of interfaceLocales) {
      const res = await clients[lang].post(
        '/api/event-verdicts',
        { event: w.events.A, card: w.cards.A, group: 'Ryhmä 1 ', verdict: 'less' },
        tokens.coordinatorA,
      )
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe(sentences[lang])
      expect(res.body.errors[0].data.errors).toEqual([{ path: 'group', message: sentences[lang] }])
    }
    expect(await answersOf('event-verdicts', 'Ryhmä 1')).toHaveLength(1)
    // Past every hook, the unique index still keeps one record per event, card and group.
    await expect(
      portal.payload.db.create({
        collection: 'event-placements',
        data: { event: w.events.A, project: w.projects.A, card: w.cards.A, group: 'Ryhmä 1', x: 0, y: 0 },
        req: {} as PayloadRequest,
      }),
    ).rejects.toBeDefined()
    expect(await answersOf('event-placements', 'Ryhmä 1')).toHaveLength(1)
  })

  test('the coordinator types in a paper board; the tally and the card deck count it from the same records', async () => {
    const typed = await clients.fi.post(
      '/api/event-verdicts?depth=0',
      { event: w.events.A, card: w.cards.A, group: 'Paperilta', verdict: 'less', note: 'Kirjattu fläppitaululta' },
      tokens.coordinatorA,
    )
    expect(typed.status).toBe(201)
    expect(typed.body.doc.project).toBe(w.projects.A)
    const placed = await clients.fi.post(
      '/api/event-placements',
      { event: w.events.A, card: w.cards.A, group: 'Paperilta', x: 0.9, y: -0.9 },
      tokens.coordinatorA,
    )
    expect(placed.status).toBe(201)
    // Another municipality's coordinator cannot write into this event.
    const outsider = await clients.fi.post(
      '/api/event-verdicts',
      { event: w.events.A, card: w.cards.A, group: 'Ulkopuolinen', verdict: 'more' },
      tokens.coordinatorB,
    )
    expect(outsider.status).toBe(403)

    const stored = await portal.payload.find({
      collection: 'event-verdicts',
      where: { event: { equals: w.events.A } },
      limit: 0,
      ...sys,
    })
    const more = stored.docs.filter((v) => v.verdict === 'more').length
    const less = stored.docs.filter((v) => v.verdict === 'less').length
    expect(stored.docs.map((v) => v.group).sort()).toEqual(['Paperilta', 'Ryhmä 1', 'Ryhmä 2', 'Ryhmä 3'])

    const t = await tally()
    const card = t.cards.find((c: { id: string }) => c.id === w.cards.A)
    expect([card.more, card.less]).toEqual([more, less])
    expect(card.notes).toContainEqual({ group: 'Paperilta', verdict: 'less', note: 'Kirjattu fläppitaululta' })
    expect(t.groupsAnswered).toEqual(['Paperilta', 'Ryhmä 1', 'Ryhmä 2', 'Ryhmä 3'])
    expect(t.placements).toContainEqual({ card: w.cards.A, group: 'Paperilta', x: 0.9, y: -0.9 })

    // The deck with the event's votes, read as the coordinator.
    const project = (await portal.payload.findByID({ collection: 'projects', id: w.projects.A, ...sys })) as Project
    const event = await portal.payload.findByID({ collection: 'decision-events', id: w.events.A, ...sys })
    const coordinator = { overrideAccess: false, req: { user: w.as('coordinatorA').user } as PayloadRequest }
    const deck = await loadCardDeck(portal.payload, project, 'fi', coordinator, { event })
    const [slide] = await slideTexts(await openZip(deck.data))
    expect(slide.join(' ')).toContain(`Enemmän tätä: ${more}   ·   Vähemmän tuota: ${less}`)
  })

  test('a card taken off the event keeps its answers, out of the tally until it is chosen again', async () => {
    const count = await countAll(portal.payload, 'event-verdicts', { card: { equals: w.cards.A } })
    await portal.payload.update({
      collection: 'experience-cards',
      id: w.cards.A,
      data: { selectedForEvent: false },
      ...sys,
    })
    const t = await tally()
    expect(t.cards).toEqual([])
    expect(t.placements).toEqual([])
    expect(await countAll(portal.payload, 'event-verdicts', { card: { equals: w.cards.A } })).toBe(count)
    await portal.payload.update({
      collection: 'experience-cards',
      id: w.cards.A,
      data: { selectedForEvent: true },
      ...sys,
    })
    expect((await tally()).cards.map((c: { id: string }) => c.id)).toEqual([w.cards.A])
  })
})

describe('deleting what the groups answered', () => {
  const inUse = {
    fi: 'Tätä ei voi poistaa, koska siihen liittyy vielä 1 pienryhmän arvio ja 1 sijoitus koordinaatistossa. Poista tai muuta ne ensin.',
    sv: 'Det här kan inte tas bort eftersom det fortfarande används av 1 smågruppsbedömning och 1 placering i koordinatsystemet. Ta bort eller ändra dem först.',
    en: 'This cannot be deleted because it is still used by 1 small-group verdict and 1 placement on the grid. Remove or change those first.',
  }
  let card = ''
  let event = ''

  beforeAll(async () => {
    card = await make(portal.payload, 'experience-cards', {
      project: w.projects.A,
      text: 'Kirjaston lukupiiri toivottaa kaikki tervetulleiksi.',
      theme: w.themes.participation,
      tone: 'positive',
      selectedForEvent: true,
    })
    event = await make(portal.payload, 'decision-events', { project: w.projects.A, title: 'Kevään tilaisuus' })
    await make(portal.payload, 'event-verdicts', { event, card, group: 'Ryhmä 1', verdict: 'more' })
    await make(portal.payload, 'event-placements', { event, card, group: 'Ryhmä 1', x: 0.2, y: 0.3 })
  })

  const stillThere = async () => ({
    card: await countAll(portal.payload, 'experience-cards', { id: { equals: card } }),
    event: await countAll(portal.payload, 'decision-events', { id: { equals: event } }),
    verdicts: await countAll(portal.payload, 'event-verdicts', { event: { equals: event } }),
    placements: await countAll(portal.payload, 'event-placements', { event: { equals: event } }),
  })

  test.each(['experience-cards', 'decision-events'] as const)(
    'an answered record of %s is refused with 409 and its reason in fi, sv and en; nothing is deleted',
    async (collection) => {
      const id = collection === 'experience-cards' ? card : event
      for (const lang of interfaceLocales) {
        const res = await clients[lang].delete(`/api/${collection}/${id}`, tokens.coordinatorA)
        expect(res.status).toBe(409)
        expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([inUse[lang]])
      }
      expect(await stillThere()).toEqual({ card: 1, event: 1, verdicts: 1, placements: 1 })
    },
  )

  test('an unanswered card is deleted at once; once its answers are removed an answered one is too', async () => {
    const unanswered = await make(portal.payload, 'experience-cards', {
      project: w.projects.A,
      text: 'Kukaan ei vastannut tähän korttiin.',
      theme: w.themes.participation,
      tone: 'negative',
      selectedForEvent: true,
    })
    expect((await clients.fi.delete(`/api/experience-cards/${unanswered}`, tokens.coordinatorA)).status).toBe(200)
    for (const collection of ['event-verdicts', 'event-placements'] as const) {
      const res = await clients.fi.delete(`/api/${collection}?where[card][equals]=${card}`, tokens.coordinatorA)
      expect(res.status).toBe(200)
    }
    expect((await clients.fi.delete(`/api/experience-cards/${card}`, tokens.coordinatorA)).status).toBe(200)
    expect((await clients.fi.delete(`/api/decision-events/${event}`, tokens.coordinatorA)).status).toBe(200)
    expect(await stillThere()).toEqual({ card: 0, event: 0, verdicts: 0, placements: 0 })
  })
})
