import type { Endpoint, PayloadRequest, Where } from 'payload'

import { idOf } from '../../access/roles'
import { endpoint, refuse } from '../../http'
import { toCsv } from './toCsv'

type Row = Record<string, unknown>
type Sheet = {
  collection: 'sessions' | 'reports' | 'experience-cards' | 'actions' | 'feedback-responses'
  where?: Where
  header: string[]
  row: (doc: Row) => unknown[]
}

const nameOf = (value: unknown, key = 'name') =>
  value && typeof value === 'object' ? String((value as Row)[key] ?? (value as Row).id ?? '') : String(value ?? '')

/** What each export holds. Reports: only approved ones, the team's agreed text. No personal data exists in these collections. */
const sheets: Record<string, Sheet> = {
  sessions: {
    collection: 'sessions',
    header: [
      'id',
      'title',
      'populationGroup',
      'language',
      'date',
      'online',
      'place',
      'organization',
      'participantCount',
      'status',
    ],
    row: (d) => [
      d.id,
      d.title,
      d.populationGroup,
      nameOf(d.language),
      d.date,
      d.online,
      d.place,
      nameOf(d.organization),
      d.participantCount,
      d.status,
    ],
  },
  reports: {
    collection: 'reports',
    where: { status: { equals: 'approved' } },
    header: ['report', 'session', 'question', 'original', 'finnish'],
    row: () => [],
  },
  cards: {
    collection: 'experience-cards',
    header: [
      'id',
      'text',
      'theme',
      'tone',
      'populationGroup',
      'sourceSession',
      'sourceReport',
      'order',
      'selectedForEvent',
    ],
    row: (d) => [
      d.id,
      d.text,
      nameOf(d.theme),
      d.tone,
      d.populationGroup,
      idOf(d.sourceSession as string),
      idOf(d.sourceReport as string),
      d.order,
      d.selectedForEvent,
    ],
  },
  actions: {
    collection: 'actions',
    header: [
      'id',
      'title',
      'responsibleOrganizations',
      'ownerRole',
      'startDate',
      'endDate',
      'indicator',
      'status',
      'progress',
      'public',
    ],
    row: (d) => [
      d.id,
      d.title,
      ((d.responsibleOrganizations as unknown[]) ?? []).map((o) => nameOf(o)).join('; '),
      d.ownerRole,
      d.startDate,
      d.endDate,
      d.indicator,
      d.status,
      d.progress,
      d.public,
    ],
  },
  survey: {
    collection: 'feedback-responses',
    header: [
      'language',
      'respondentGroup',
      'dataCollectionEffect',
      'eventEffect',
      'intentions',
      'comments',
      'createdAt',
    ],
    row: (d) => [
      d.language,
      d.respondentGroup,
      d.dataCollectionEffect,
      d.eventEffect,
      d.intentions,
      d.comments,
      d.createdAt,
    ],
  },
}

/** One line per answer of each approved report, so a spreadsheet can be filtered by question. */
function reportRows(doc: Row): unknown[][] {
  const answers = (doc.answers as Row[] | undefined) ?? []
  const session = nameOf(doc.session, 'title')
  const extra = ['generalObservations', 'positiveExperiences', 'negativeExperiences', 'proposals']
    .filter((k) => doc[k])
    .map((k) => [doc.title ?? doc.id, session, k, '', doc[k]])
  return [
    ...answers.map((a) => [doc.title ?? doc.id, session, nameOf(a.question, 'text'), a.original, a.finnish]),
    ...extra,
  ]
}

/**
 * GET /api/project-export/:id/:kind (kind: sessions, reports, cards, actions, survey) as CSV.
 * Every read runs as the signed-in person: a coordinator exports only their own
 * municipality's projects, an organizer only what their NGO's partnership shows.
 */
export const projectExportEndpoint: Endpoint = {
  path: '/project-export/:id/:kind',
  method: 'get',
  handler: endpoint('admin', async (req: PayloadRequest) => {
    if (!req.user) return refuse(req, 401, 'event:errors.signIn')
    const kind = String(req.routeParams?.kind ?? '').replace(/\.csv$/, '')
    const sheet = sheets[kind]
    if (!sheet) return refuse(req, 404, 'event:errors.notFound')
    const id = String(req.routeParams?.id ?? '')
    const asPerson = { overrideAccess: false, user: req.user, req } as const
    const project = await req.payload
      .findByID({ collection: 'projects', id, depth: 0, disableErrors: true, ...asPerson })
      .catch(() => null)
    if (!project) return refuse(req, 404, 'event:errors.notFound')
    const where: Where = { and: [{ project: { equals: project.id } }, ...(sheet.where ? [sheet.where] : [])] }
    const { docs } = await req.payload.find({
      collection: sheet.collection,
      where,
      depth: 1,
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      ...asPerson,
    })
    const rows =
      kind === 'reports' ? (docs as unknown as Row[]).flatMap(reportRows) : (docs as unknown as Row[]).map(sheet.row)
    const csv = toCsv(sheet.header, rows as never)
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="project-${project.round}-${kind}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
