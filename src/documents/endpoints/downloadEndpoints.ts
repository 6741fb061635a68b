import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { contentLocaleCodes, interfaceLocales, isContentLocale } from '../../i18n/locales'
import type { DecisionEvent, Project, Session } from '../../payload-types'
import { loadCardDeck } from '../cardDeck/loadCardDeck'
import { loadCoordinateGrid } from '../coordinateGrid/loadCoordinateGrid'
import { loadEventInvitation } from '../eventInvitation/loadEventInvitation'
import { loadInvitationPack } from '../invitationPack/loadInvitationPack'
import { libraryDocuments } from '../library/regenerateLibrary'
import { loadResultsPresentation } from '../resultsPresentation/loadResultsPresentation'
import { loadScribeForm } from '../scribeForm/loadScribeForm'
import type { ReadAs } from '../shared/access'
import type { DocumentFile } from '../shared/documentFile'
import { populated } from '../shared/relations'
import { findForUser } from './findForUser'
import { refuse, sendDocument } from './respond'

const asUser = (req: PayloadRequest): ReadAs => ({ overrideAccess: false, req })
const eventLocales = ['fi', 'sv'] as const

function wantedLocale(req: PayloadRequest, allowed: readonly string[], fallback: string): string | null {
  const lang = (req.searchParams?.get('lang') ?? '').trim()
  if (!lang) return fallback
  return allowed.includes(lang) ? lang : null
}

/** Wraps a builder: refuses an unknown language, reports a failure plainly, sends the file. */
function download(
  locales: readonly string[] | null,
  fallback: string,
  make: (req: PayloadRequest, locale: string) => Promise<DocumentFile | Response>,
): PayloadHandler {
  return async (req) => {
    const locale = locales ? wantedLocale(req, locales, fallback) : fallback
    if (!locale)
      return refuse(req, 400, 'badLanguage', {
        lang: req.searchParams?.get('lang') ?? '',
        allowed: (locales ?? []).join(', '),
      })
    try {
      const result = await make(req, locale)
      return result instanceof Response ? result : sendDocument(result)
    } catch (error) {
      // A part of the document the person may not read (e.g. an organizer and the project's events).
      if ((error as { status?: unknown })?.status === 403) return refuse(req, 403, 'forbidden')
      req.payload.logger.error({ err: error, msg: 'Generating a document failed' })
      return refuse(req, 500, 'failed')
    }
  }
}

function sessionLocale(session: Session): string {
  const code = populated<{ code: string }>(session.language)?.code ?? 'fi'
  return isContentLocale(code) ? code : 'fi'
}

/** The session's own language, unless ?lang= asks for another material language. */
function sessionDocument(build: typeof loadScribeForm): PayloadHandler {
  return async (req) => {
    const found = await findForUser<Session>(req, 'sessions', req.routeParams?.id as string)
    if (found.response) return found.response
    return download(contentLocaleCodes, sessionLocale(found.doc), (r, locale) =>
      build(r.payload, locale, asUser(r), found.doc),
    )(req)
  }
}

export const downloadEndpoints: Endpoint[] = [
  { path: '/documents/sessions/:id/scribe-form.docx', method: 'get', handler: sessionDocument(loadScribeForm) },
  { path: '/documents/sessions/:id/invitation.docx', method: 'get', handler: sessionDocument(loadInvitationPack) },
  {
    path: '/documents/projects/:id/card-deck.pptx',
    method: 'get',
    handler: async (req) => {
      const found = await findForUser<Project>(req, 'projects', req.routeParams?.id as string, 0)
      if (found.response) return found.response
      return download(interfaceLocales, 'fi', async (r, locale) => {
        let tallyEvents: DecisionEvent[] | undefined
        if (r.searchParams?.get('tally') === 'true') {
          // Who may not read the project's events (an organizer) gets the deck without the tally.
          tallyEvents = (
            await r.payload
              .find({
                collection: 'decision-events',
                where: { project: { equals: String(found.doc.id) } },
                limit: 0,
                pagination: false,
                depth: 0,
                overrideAccess: false,
                user: r.user,
              })
              .catch((error: { status?: number }) => {
                if (error?.status === 403) return { docs: undefined }
                throw error
              })
          ).docs as DecisionEvent[] | undefined
        }
        return loadCardDeck(r.payload, found.doc, locale, asUser(r), { tallyEvents })
      })(req)
    },
  },
  {
    path: '/documents/projects/:id/results.pptx',
    method: 'get',
    handler: async (req) => {
      const found = await findForUser<Project>(req, 'projects', req.routeParams?.id as string, 0)
      if (found.response) return found.response
      return download(interfaceLocales, 'fi', (r, locale) =>
        loadResultsPresentation(r.payload, found.doc, locale, asUser(r)),
      )(req)
    },
  },
  ...(['invitation.docx', 'card-deck.pptx', 'grid.pptx'] as const).map((name): Endpoint => ({
    path: `/documents/events/:id/${name}`,
    method: 'get',
    handler: async (req) => {
      const found = await findForUser<DecisionEvent>(req, 'decision-events', req.routeParams?.id as string)
      if (found.response) return found.response
      const event = found.doc
      return download(eventLocales, 'fi', async (r, locale) => {
        if (name === 'invitation.docx') return loadEventInvitation(r.payload, locale, asUser(r), event)
        // Grid labels are localized: read them in the grid's language. An axis left empty in that
        // language takes the standard words of that language, never another language's labels.
        const localized = (await r.payload.findByID({
          collection: 'decision-events',
          id: event.id,
          depth: 1,
          locale: locale as never,
          ...(name === 'grid.pptx' ? { fallbackLocale: false as const } : {}),
          overrideAccess: false,
          user: r.user,
        })) as DecisionEvent
        localized.title ||= event.title
        if (name === 'grid.pptx') return loadCoordinateGrid(r.payload, locale, asUser(r), localized)
        const project = populated<Project>(event.project)
        if (!project) return refuse(r, 404, 'notFound')
        return loadCardDeck(r.payload, project, locale, asUser(r), { event: localized })
      })(req)
    },
  })),
  ...libraryDocuments.map((spec): Endpoint => ({
    path: `/documents/library/${spec.kind === 'coordinate-grid' ? 'grid.pptx' : `${spec.kind}.docx`}`,
    method: 'get',
    handler: download(spec.locales, 'fi', (req, locale) => spec.build(req.payload, locale, asUser(req))),
  })),
]
