import type { Where } from 'payload'

import type { SeedContext } from '../lib/context'
import { ensureDoc } from '../lib/ensureDoc'
import { byLocale } from '../lib/localized'
import data from '../reference/demo'
import { type DemoLogin, seedDemoUsers } from './seedDemoUsers'

export type DemoRefs = {
  languages: Map<string, string>
  themes: Map<string, string>
  questions: Map<string, string>
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`demo.json refers to an unknown ${what} "${key}".`)
  return id
}

/**
 * The fictional example municipality and one project through every stage:
 * sessions, reports, cards, the decision-maker event, actions, feedback and
 * evaluations, plus a user per role. Everything is recognised by a natural
 * key, so a second run adds nothing.
 */
export async function seedDemo(ctx: SeedContext, refs: DemoRefs): Promise<DemoLogin[]> {
  const { summary, ...municipality } = data.municipality
  const { id: municipalityId } = await ensureDoc(ctx, {
    collection: 'municipalities',
    where: { name: { equals: municipality.name } },
    data: { ...municipality, isExample: true },
    localized: byLocale({ summary }),
  })

  const organizations = new Map<string, string>()
  for (const { key, ...organization } of data.organizations) {
    const { id } = await ensureDoc(ctx, {
      collection: 'organizations',
      where: { name: { equals: organization.name } },
      data: { ...organization, municipality: municipalityId },
    })
    organizations.set(key, id)
  }
  const org = (key: string) => lookup(organizations, key, 'organisation')

  const { partners, populationGroups, languages, ...project } = data.project
  const { id: projectId } = await ensureDoc(ctx, {
    collection: 'projects',
    where: { title: { equals: project.title } },
    data: {
      ...project,
      municipality: municipalityId,
      isExample: true,
      partners: partners.map(org),
      populationGroups: populationGroups.map((name) => ({ name })),
      languages: languages.map((code) => lookup(refs.languages, code, 'language')),
    },
  })

  const sessions = new Map<string, string>()
  for (const { key, language, organization, ...session } of data.sessions) {
    const { id } = await ensureDoc(ctx, {
      collection: 'sessions',
      where: { and: [{ project: { equals: projectId } }, { populationGroup: { equals: session.populationGroup } }] },
      data: {
        ...session,
        project: projectId,
        language: lookup(refs.languages, language, 'language'),
        organization: org(organization),
      },
    })
    sessions.set(key, id)
  }

  const reports = new Map<string, string>()
  for (const { session, answers, ...report } of data.reports) {
    const sessionId = lookup(sessions, session, 'session')
    const { id } = await ensureDoc(ctx, {
      collection: 'reports',
      where: { session: { equals: sessionId } },
      data: {
        ...report,
        session: sessionId,
        answers: answers.map(({ question, ...answer }) => ({
          ...answer,
          question: lookup(refs.questions, question, 'question'),
        })),
      },
    })
    reports.set(session, id)
  }

  const cards = new Map<string, string>()
  for (const { key, theme, session, report, ...card } of data.cards) {
    const { id } = await ensureDoc(ctx, {
      collection: 'experience-cards',
      where: { and: [{ project: { equals: projectId } }, { text: { equals: card.text } }] },
      data: {
        ...card,
        project: projectId,
        theme: lookup(refs.themes, theme, 'theme'),
        sourceSession: lookup(sessions, session, 'session'),
        // A card may quote a session whose report is not yet approved; it then cites the session alone.
        ...(report === false ? {} : { sourceReport: lookup(reports, session, 'report') }),
      },
    })
    cards.set(key, id)
  }
  const card = (key: string) => lookup(cards, key, 'card')

  const { invitees, smallGroups, verdicts, grid, ...event } = data.event
  const { axes, placements } = grid
  const { id: eventId } = await ensureDoc(ctx, {
    collection: 'decision-events',
    where: { and: [{ project: { equals: projectId } }, { title: { equals: event.title } }] },
    data: {
      ...event,
      project: projectId,
      invitees: invitees.map(({ organization, ...invitee }) => ({
        ...invitee,
        ...(organization ? { organization: org(organization) } : {}),
      })),
      smallGroups: smallGroups.map((name) => ({ name })),
    },
    localized: Object.fromEntries(Object.entries(axes).map(([locale, labels]) => [locale, { grid: labels }])),
  })

  // The groups' answers live in their own collections, one record per event, card and group.
  const answerOf = (key: string, group: string): Where => ({
    and: [{ event: { equals: eventId } }, { card: { equals: card(key) } }, { group: { equals: group } }],
  })
  for (const { card: key, ...verdict } of verdicts) {
    await ensureDoc(ctx, {
      collection: 'event-verdicts',
      where: answerOf(key, verdict.group),
      data: { ...verdict, event: eventId, card: card(key) },
    })
  }
  for (const { card: key, ...placement } of placements) {
    await ensureDoc(ctx, {
      collection: 'event-placements',
      where: answerOf(key, placement.group),
      data: { ...placement, event: eventId, card: card(key) },
    })
  }

  const actions = new Map<string, string>()
  for (const { responsible, ...action } of data.actions) {
    const { id } = await ensureDoc(ctx, {
      collection: 'actions',
      where: { and: [{ event: { equals: eventId } }, { title: { equals: action.title } }] },
      data: { ...action, event: eventId, responsibleOrganizations: responsible.map(org) },
    })
    actions.set(action.title, id)
  }

  for (const response of data.feedback) {
    await ensureDoc(ctx, {
      collection: 'feedback-responses',
      where: { and: [{ event: { equals: eventId } }, { intentions: { equals: response.intentions } }] },
      data: { ...response, event: eventId },
    })
  }

  for (const { action, ...evaluation } of data.evaluations) {
    await ensureDoc(ctx, {
      collection: 'evaluations',
      where: { and: [{ project: { equals: projectId } }, { title: { equals: evaluation.title } }] },
      data: { ...evaluation, project: projectId, ...(action ? { action: lookup(actions, action, 'action') } : {}) },
    })
  }

  return seedDemoUsers(ctx, { exampleMunicipality: municipalityId, organizations })
}
