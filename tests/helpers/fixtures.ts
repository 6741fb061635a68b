/**
 * A small, complete world for the access and collection tests, built through the
 * Local API with overrideAccess (never through src/seed, so the tests do not
 * move when the seed does):
 *
 * - municipalities A (Uusimaa) and B (Pirkanmaa);
 * - NGOs: `partnerNgo` (partner in A's project), `otherNgo` (partner in B's project,
 *   not in A's), and the police (a non-NGO body);
 * - per municipality a project with a session, a report, an experience card, a
 *   decision-maker event, two actions (one marked public, one not), a feedback
 *   response and an evaluation;
 * - toolkit content: languages fi and ar, two themes, a question, a published and a
 *   draft page, a published and a draft material, a file, an image;
 * - mailing list: a subscriber, a newsletter, a workspace request;
 * - users: the organizer of A's partner NGO, an organizer of an NGO that is not A's
 *   partner, the coordinators of A and of B, an editor, an admin, and a bystander
 *   (an editor nobody else may see).
 */
import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../src/payload-types'

export const PASSWORD = 'pitkä-ja-hyvä-salasana-42'

export const actors = [
  'anonymous',
  'organizerPartner',
  'organizerOther',
  'coordinatorA',
  'coordinatorB',
  'editor',
  'admin',
] as const
export type ActorName = (typeof actors)[number]
export type SignedInActor = Exclude<ActorName, 'anonymous'>

/** How each actor is described in test names. */
export const actorLabels: Record<ActorName, string> = {
  anonymous: 'anonymous visitor',
  organizerPartner: "organizer of A's partner NGO",
  organizerOther: 'organizer of a non-partner NGO',
  coordinatorA: 'coordinator of A',
  coordinatorB: 'coordinator of B',
  editor: 'editor',
  admin: 'admin',
}

type Side<T> = { A: T; B: T }

export type World = {
  payload: Payload
  languages: { fi: string; ar: string }
  themes: { participation: string; safety: string }
  questions: { participation: string }
  municipalities: Side<string>
  organizations: { partnerNgo: string; otherNgo: string; police: string }
  projects: Side<string>
  sessions: Side<string>
  reports: Side<string>
  cards: Side<string>
  events: Side<string>
  actions: Side<{ public: string; private: string }>
  feedback: Side<string>
  evaluations: Side<string>
  pages: { published: string; draft: string }
  materials: { published: string; draft: string }
  files: { guide: string }
  media: { photo: string }
  mailing: { subscriber: string; newsletter: string; workspaceRequest: string }
  /** Records only the server writes: board answers, the e-mail outbox, send bookkeeping, rate-limit keys. */
  written: { verdict: string; placement: string; outbox: string; delivery: string; attempt: string }
  users: Record<SignedInActor, User & { collection: 'users' }> & { bystander: User & { collection: 'users' } }
  emails: Record<SignedInActor | 'bystander', string>
  /** Local API options acting as a person: their user, access enforced. */
  as: (actor: ActorName) => { overrideAccess: false; user?: User & { collection: 'users' } }
}

/** A tiny but well-formed PDF (one empty page, with its cross-reference table). */
export function pdfFile(name = 'opas.pdf') {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj${o}endobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(body, 'latin1')
  return { data, name, mimetype: 'application/pdf', size: data.length }
}

/** A 1×1 PNG. */
export function pngFile(name = 'kuva.png') {
  const data = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  return { data, name, mimetype: 'image/png', size: data.length }
}

/** Local API create with access skipped; data is loosely typed so tables of records stay readable. */
export async function make(
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  extra: { draft?: boolean; file?: ReturnType<typeof pdfFile> } = {},
): Promise<string> {
  const doc = await payload.create({
    collection,
    data: data as never,
    overrideAccess: true,
    draft: extra.draft,
    file: extra.file,
    depth: 0,
  })
  return String(doc.id)
}

export async function buildWorld(payload: Payload): Promise<World> {
  const m = (collection: CollectionSlug, data: Record<string, unknown>, extra?: Parameters<typeof make>[3]) =>
    make(payload, collection, data, extra)

  const languages = {
    fi: await m('languages', { code: 'fi', name: 'suomi', nativeName: 'suomi', materialLanguage: true, order: 1 }),
    ar: await m('languages', {
      code: 'ar',
      name: 'arabia',
      nativeName: 'العربية',
      direction: 'rtl',
      materialLanguage: true,
      order: 2,
    }),
  }
  const themes = {
    participation: await m('themes', { key: 'participation', name: 'Osallisuus', order: 1 }),
    safety: await m('themes', { key: 'safety', name: 'Turvallisuuden tunne', order: 3 }),
  }
  const questions = {
    participation: await m('discussion-questions', {
      theme: themes.participation,
      text: 'Miten voit vaikuttaa asioihin kunnassasi?',
    }),
  }
  const municipalities = {
    A: await m('municipalities', { name: 'Aaltola', region: 'uusimaa', phase: 'pilot', isExample: true }),
    B: await m('municipalities', { name: 'Beeville', region: 'pirkanmaa', phase: 'continuation', isExample: true }),
  }
  const organizations = {
    partnerNgo: await m('organizations', {
      name: 'Aaltolan monikulttuurinen yhdistys',
      type: 'ngo',
      municipality: municipalities.A,
    }),
    otherNgo: await m('organizations', {
      name: 'Beevillen kotoutumisyhdistys',
      type: 'ngo',
      municipality: municipalities.B,
    }),
    police: await m('organizations', { name: 'Poliisi', type: 'police' }),
  }
  const projects = {
    A: await m('projects', {
      title: 'Aaltola 2024',
      municipality: municipalities.A,
      partners: [organizations.partnerNgo],
      startDate: '2024-01-01',
      endDate: '2025-06-30',
    }),
    B: await m('projects', {
      title: 'Beeville 2024',
      municipality: municipalities.B,
      partners: [organizations.otherNgo],
    }),
  }
  const sessions = {
    A: await m('sessions', {
      project: projects.A,
      populationGroup: 'Arabiaa puhuvat lapsiperheet',
      language: languages.ar,
      organization: organizations.partnerNgo,
      participantCount: 12,
      date: '2024-03-10T15:00:00.000Z',
      status: 'held',
    }),
    B: await m('sessions', {
      project: projects.B,
      populationGroup: 'Venäjää puhuvat nuoret',
      language: languages.fi,
      organization: organizations.otherNgo,
      participantCount: 8,
      status: 'held',
    }),
  }
  const reports = {
    A: await m('reports', {
      session: sessions.A,
      title: 'Raportti A',
      status: 'submitted',
      answers: [{ question: questions.participation, original: 'نحن نشارك', finnish: 'Osallistumme.' }],
      positiveExperiences: 'Naapurit tervehtivät.',
    }),
    B: await m('reports', {
      session: sessions.B,
      title: 'Raportti B',
      status: 'submitted',
      negativeExperiences: 'Bussit kulkevat harvoin.',
    }),
  }
  const cards = {
    A: await m('experience-cards', {
      project: projects.A,
      text: 'Naapurit tervehtivät minua joka aamu.',
      theme: themes.participation,
      tone: 'positive',
      sourceReport: reports.A,
    }),
    B: await m('experience-cards', {
      project: projects.B,
      text: 'Iltaisin en uskalla kulkea keskustassa.',
      theme: themes.safety,
      tone: 'negative',
      sourceReport: reports.B,
    }),
  }
  const events = {
    A: await m('decision-events', { project: projects.A, title: 'Päättäjätilaisuus A', status: 'closed' }),
    B: await m('decision-events', { project: projects.B, title: 'Päättäjätilaisuus B', status: 'closed' }),
  }
  const actions = {
    A: {
      public: await m('actions', { event: events.A, title: 'Avoimet kerhot kirjastossa (A)', public: true }),
      private: await m('actions', { event: events.A, title: 'Keskeneräinen toimenpide (A)', public: false }),
    },
    B: {
      public: await m('actions', { event: events.B, title: 'Iltavalaistus keskustaan (B)', public: true }),
      private: await m('actions', { event: events.B, title: 'Sisäinen toimenpide (B)', public: false }),
    },
  }
  const feedback = {
    A: await m('feedback-responses', {
      event: events.A,
      respondentGroup: 'elected',
      eventEffect: 'much',
      comments: 'Hyvä tilaisuus (A)',
    }),
    B: await m('feedback-responses', {
      event: events.B,
      respondentGroup: 'resident',
      eventEffect: 'some',
      comments: 'Hyvä tilaisuus (B)',
    }),
  }
  const evaluations = {
    A: await m('evaluations', {
      project: projects.A,
      title: 'Puolivuotisarvio A',
      action: actions.A.private,
      responsibleParty: 'hyvinvointikoordinaattori',
      dueDate: '2025-01-31',
    }),
    B: await m('evaluations', {
      project: projects.B,
      title: 'Puolivuotisarvio B',
      action: actions.B.private,
      responsibleParty: 'sivistysjohtaja',
      dueDate: '2025-02-28',
    }),
  }
  const pages = {
    published: await m('pages', { title: 'Työkalupakki', kind: 'home', _status: 'published' }),
    draft: await m('pages', { title: 'Luonnos: uusi sivu', kind: 'other', _status: 'draft' }, { draft: true }),
  }
  const files = { guide: await m('files', { title: 'Opas', language: 'fi' }, { file: pdfFile() }) }
  const media = { photo: await m('media', { alt: 'Ihmisiä keskustelemassa' }, { file: pngFile() }) }
  const materials = {
    published: await m('materials', {
      title: 'Kirjureiden raportointilomake',
      kind: 'scribe-form',
      part: 'sessions',
      versions: [{ language: 'fi', translationStatus: 'reviewed', file: files.guide }],
      _status: 'published',
    }),
    draft: await m(
      'materials',
      { title: 'Luonnos: koordinaatisto', kind: 'coordinate-grid', part: 'event', _status: 'draft' },
      { draft: true },
    ),
  }
  const mailing = {
    subscriber: await m('subscribers', { email: 'tilaaja@example.org', language: 'fi', regions: ['uusimaa'] }),
    newsletter: await m('newsletters', { subject: 'Uutiskirje 1/2025' }),
    workspaceRequest: await m('workspace-requests', {
      name: 'Hakija',
      email: 'hakija@example.org',
      organization: 'Yhdistys ry',
    }),
  }
  const written = {
    verdict: await m('event-verdicts', { event: events.A, card: cards.A, group: 'Ryhmä 1', verdict: 'more' }),
    placement: await m('event-placements', { event: events.A, card: cards.A, group: 'Ryhmä 1', x: 0.5, y: -0.5 }),
    outbox: await m('outbox-messages', {
      from: 'portaali@example.org',
      to: 'tilaaja@example.org',
      subject: 'Vahvista tilaus',
      text: 'Vahvista',
    }),
    delivery: await m('newsletter-deliveries', {
      newsletter: mailing.newsletter,
      idempotencyKey: 'fixture-batch-1',
      recipients: [mailing.subscriber],
      count: 1,
      status: 'sent',
    }),
    attempt: await m('signup-attempts', { keyHash: 'fixture-key-hash' }),
  }

  const emails: World['emails'] = {
    organizerPartner: 'jarjestaja.a@example.org',
    organizerOther: 'jarjestaja.muu@example.org',
    coordinatorA: 'koordinaattori.a@example.org',
    coordinatorB: 'koordinaattori.b@example.org',
    editor: 'toimittaja@example.org',
    admin: 'yllapitaja@example.org',
    bystander: 'sivullinen@example.org',
  }
  const userData: Record<SignedInActor | 'bystander', Record<string, unknown>> = {
    organizerPartner: { name: 'Järjestäjä A', role: 'organizer', organization: organizations.partnerNgo },
    organizerOther: { name: 'Järjestäjä muu', role: 'organizer', organization: organizations.otherNgo },
    coordinatorA: { name: 'Koordinaattori A', role: 'coordinator', municipalities: [municipalities.A] },
    coordinatorB: { name: 'Koordinaattori B', role: 'coordinator', municipalities: [municipalities.B] },
    editor: { name: 'Toimittaja', role: 'editor' },
    admin: { name: 'Ylläpitäjä', role: 'admin' },
    bystander: { name: 'Sivullinen', role: 'editor' },
  }
  const users = {} as World['users']
  for (const [key, data] of Object.entries(userData) as [SignedInActor | 'bystander', Record<string, unknown>][]) {
    const id = await m('users', { ...data, email: emails[key], password: PASSWORD })
    users[key] = await userById(payload, id)
  }

  return {
    payload,
    languages,
    themes,
    questions,
    municipalities,
    organizations,
    projects,
    sessions,
    reports,
    cards,
    events,
    actions,
    feedback,
    evaluations,
    pages,
    materials,
    files,
    media,
    mailing,
    written,
    users,
    emails,
    as: (actor) => (actor === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[actor] }),
  }
}

/** The user as Payload puts it on a request after login (depth 0, with its collection). */
export async function userById(payload: Payload, id: string): Promise<User & { collection: 'users' }> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return { ...user, collection: 'users' }
}

export type Outcome =
  { ok: true; doc: Record<string, any> } | { ok: false; kind: 'forbidden' | 'notfound' | 'invalid'; messages: string[] }

/**
 * Runs a Local API call and reports what a person would see: the document, or
 * which refusal (403 forbidden, 404 not found, 400 invalid) and its messages.
 * Anything else (a crash, a database error) is rethrown so the test fails loudly.
 */
export async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    const doc = (await call) as Record<string, any>
    return { ok: true, doc }
  } catch (error) {
    const e = error as { name?: string; status?: number; message?: string; data?: { errors?: { message: string }[] } }
    const messages = e.data?.errors?.length ? e.data.errors.map((x) => x.message) : [e.message ?? '']
    if (e.name === 'Forbidden' || e.status === 403) return { ok: false, kind: 'forbidden', messages }
    if (e.name === 'NotFound' || e.status === 404) return { ok: false, kind: 'notfound', messages }
    // 409: refused because other records still need this one
    if (e.name === 'ValidationError' || e.status === 400 || e.status === 409)
      return { ok: false, kind: 'invalid', messages }
    throw error
  }
}

/** The messages of a refused call, for `expect(await refusal(...)).toContain('...')`. */
export async function refusal(call: Promise<unknown>): Promise<string[]> {
  const result = await outcome(call)
  if (result.ok) throw new Error(`expected a refusal, but it succeeded: ${JSON.stringify(result.doc).slice(0, 300)}`)
  return result.messages
}

/** How many records a collection holds, access skipped. */
export async function countAll(
  payload: Payload,
  collection: CollectionSlug,
  where?: Record<string, unknown>,
): Promise<number> {
  const { totalDocs } = await payload.count({ collection, overrideAccess: true, where: where as never })
  return totalDocs
}
