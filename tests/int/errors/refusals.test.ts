/**
 * Every refusal a person can meet in the admin reaches them as one sentence in their admin language
 * (Finnish, Swedish or English), in the shape the admin reads: the error's own message (the admin's
 * toast) is the sentence, never "The following field is invalid: event" or "An unknown error
 * occurred.", and a field's refusal is also attached to that field. Asked through Payload's real REST
 * handlers with the Accept-Language the admin sends for its interface language.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import { formatErrors } from 'payload'

import { FieldRefusal } from '../../../src/errors/FieldRefusal'
import { InUseRefusal } from '../../../src/errors/InUseRefusal'
import { Refusal } from '../../../src/errors/Refusal'
import { adminDictionaries } from '../../../src/i18n/admin/adminDictionaries'
import { interfaceLocales } from '../../../src/i18n/locales'
import { buildWorld, countAll, PASSWORD, type World } from '../../helpers/fixtures'
import { type RestClient, restClient, type RestResponse } from '../../helpers/rest'
import { startPayload, type TestPortal } from '../../helpers/startPayload'

let portal: TestPortal
let w: World
const clients = {} as Record<'fi' | 'sv' | 'en', RestClient>
const tokens = {} as Record<'coordinatorA' | 'organizerPartner' | 'editor', string>

beforeAll(async () => {
  portal = await startPayload()
  portal.payload.logger.level = 'fatal'
  w = await buildWorld(portal.payload)
  // A's report is approved: what its organizer meets when they try to change it afterwards.
  await portal.payload.update({
    collection: 'reports',
    id: w.reports.A,
    data: { status: 'approved' },
    overrideAccess: true,
  })
  for (const lang of interfaceLocales) clients[lang] = await restClient(portal.payload, { language: lang })
  for (const actor of ['coordinatorA', 'organizerPartner', 'editor'] as const)
    tokens[actor] = await clients.fi.login(w.emails[actor], PASSWORD)
})
afterAll(async () => {
  await portal?.stop()
})

/** What the admin's form shows: the toast (each error's message) and the messages at fields. */
function shown(res: RestResponse) {
  const errors = (res.body?.errors ?? []) as {
    message: string
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return {
    toast: errors.map((e) => e.message),
    fields: errors.flatMap((e) => e.data?.errors ?? []).map((f) => ({ path: f.path, message: f.message })),
  }
}

const sentences = {
  actionLimit: {
    fi: 'Toimenpideohjelmassa on enintään 4 toimenpidettä, ja tällä tilaisuudella on jo 4. Muokkaa olemassa olevaa toimenpidettä tai poista jokin ensin.',
    sv: 'Ett åtgärdsprogram har högst 4 åtgärder, och det här evenemanget har redan 4. Redigera en befintlig åtgärd eller ta bort en först.',
    en: 'An action programme has at most 4 actions, and this event already has 4. Edit an existing action or delete one first.',
  },
  sessionInUse: {
    fi: 'Tätä ei voi poistaa, koska siihen liittyy vielä 1 kirjurin raportti. Poista tai muuta ne ensin.',
    sv: 'Det här kan inte tas bort eftersom det fortfarande används av 1 sekreterarrapport. Ta bort eller ändra dem först.',
    en: 'This cannot be deleted because it is still used by 1 scribe report. Remove or change those first.',
  },
  reportLocked: {
    fi: 'Tämä raportti on hyväksytty, eikä sitä voi enää muuttaa. Pyydä koordinaattoria palauttamaan se, jos jotain pitää korjata.',
    sv: 'Den här rapporten har godkänts och kan inte längre ändras. Be koordinatorn att returnera den om något måste rättas.',
    en: 'This report has been approved and can no longer be changed. Ask the coordinator to return it if something must be corrected.',
  },
  notYourProject: {
    fi: 'Voit lisätä tietoja vain omiin hankkeisiisi.',
    sv: 'Du kan bara lägga till uppgifter i dina egna projekt.',
    en: 'You can only add records to your own projects.',
  },
  cardOfOtherProject: {
    fi: 'Lähdetilaisuus kuuluu eri hankkeeseen kuin tämä kortti. Valitse tilaisuus kortin omasta hankkeesta tai pidä kortti sen hankkeessa.',
    sv: 'Källtillfället hör till ett annat projekt än det här kortet. Välj ett tillfälle från kortets eget projekt eller behåll kortet i sitt projekt.',
    en: 'The source session belongs to another project than this card. Choose a session of the card’s own project or keep the card in its project.',
  },
  themeInUse: {
    fi: 'Tätä ei voi poistaa, koska siihen liittyy vielä 1 keskustelukysymys ja 1 kokemuskortti. Poista tai muuta ne ensin.',
    sv: 'Det här kan inte tas bort eftersom det fortfarande används av 1 diskussionsfråga och 1 erfarenhetskort. Ta bort eller ändra dem först.',
    en: 'This cannot be deleted because it is still used by 1 discussion question and 1 experience card. Remove or change those first.',
  },
}

describe.each(interfaceLocales)('an admin working in %s', (lang) => {
  test('a fifth action is refused with the limit, as the message and at the event field', async () => {
    const event = (
      await portal.payload.create({
        collection: 'decision-events',
        data: { project: w.projects.A, title: `Tilaisuus ${lang}` } as never,
        overrideAccess: true,
      })
    ).id
    for (let i = 1; i <= 4; i++) {
      const res = await clients[lang].post('/api/actions', { event, title: `${lang} ${i}` }, tokens.coordinatorA)
      expect(res.status).toBe(201)
    }
    const fifth = await clients[lang].post('/api/actions', { event, title: `${lang} 5` }, tokens.coordinatorA)
    expect(fifth.status).toBe(400)
    expect(shown(fifth)).toEqual({
      toast: [sentences.actionLimit[lang]],
      fields: [{ path: 'event', message: sentences.actionLimit[lang] }],
    })
    expect(await countAll(portal.payload, 'actions', { event: { equals: event } })).toBe(4)
  })

  test('deleting a session that has a report is refused (409), saying what still uses it', async () => {
    const res = await clients[lang].delete(`/api/sessions/${w.sessions.A}`, tokens.coordinatorA)
    expect(res.status).toBe(409)
    expect(shown(res)).toEqual({ toast: [sentences.sessionInUse[lang]], fields: [] })
    expect(await countAll(portal.payload, 'sessions', { id: { equals: w.sessions.A } })).toBe(1)
  })

  test('a theme in use lists both kinds of records, joined as the language joins a list', async () => {
    const res = await clients[lang].delete(`/api/themes/${w.themes.participation}`, tokens.editor)
    expect(res.status).toBe(409)
    expect(shown(res).toast).toEqual([sentences.themeInUse[lang]])
  })

  test('an approved report is locked for its organizer', async () => {
    const res = await clients[lang].patch(
      `/api/reports/${w.reports.A}`,
      { positiveExperiences: 'Muutettu jälkikäteen' },
      tokens.organizerPartner,
    )
    expect(res.status).toBe(400)
    expect(shown(res)).toEqual({
      toast: [sentences.reportLocked[lang]],
      fields: [{ path: 'status', message: sentences.reportLocked[lang] }],
    })
  })

  test('a card moved to another project than its source session is refused at the session field', async () => {
    const res = await clients[lang].patch(
      `/api/experience-cards/${w.cards.A}`,
      { sourceSession: w.sessions.B, sourceReport: null },
      tokens.coordinatorA,
    )
    expect(res.status).toBe(400)
    expect(shown(res).toast).toEqual([sentences.cardOfOtherProject[lang]])
    expect(shown(res).fields).toContainEqual({ path: 'sourceSession', message: sentences.cardOfOtherProject[lang] })
  })

  test('a session moved into another municipality’s project is refused at the project field', async () => {
    const res = await clients[lang].patch(
      `/api/sessions/${w.sessions.A}`,
      { project: w.projects.B },
      tokens.coordinatorA,
    )
    expect(res.status).toBe(400)
    expect(shown(res).fields).toContainEqual({ path: 'project', message: sentences.notYourProject[lang] })
    const session = await portal.payload.findByID({ collection: 'sessions', id: w.sessions.A, depth: 0 })
    expect(session.project).toBe(w.projects.A)
  })
})

describe('the sentences themselves', () => {
  type Tree = { [key: string]: Tree | string }
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
    )
  const errorsOf = (lang: 'fi' | 'sv' | 'en') => new Map(leaves(adminDictionaries[lang].errors as Tree))
  const placeholders = (s: string) => [...new Set(s.match(/{{\s*\w+\s*}}/g) ?? [])].sort()

  test('every refusal has Finnish, Swedish and English with the same placeholders', () => {
    const fi = errorsOf('fi')
    expect(fi.size).toBeGreaterThan(30)
    for (const lang of ['sv', 'en'] as const) {
      const other = errorsOf(lang)
      expect([...other.keys()].sort()).toEqual([...fi.keys()].sort())
      for (const [key, text] of fi) expect([key, placeholders(other.get(key)!)]).toEqual([key, placeholders(text)])
    }
  })

  test('no sentence holds a colon, which the admin’s toast would split into a list of field names', () => {
    // Validator messages show only at their field, where an address's "https://" is harmless.
    const fieldOnly = new Set(['webAddress', 'linkAddress'])
    for (const lang of interfaceLocales) {
      const withColon = [...errorsOf(lang)].filter(([key, text]) => !fieldOnly.has(key) && text.includes(':'))
      expect(withColon).toEqual([])
    }
  })
})

describe('in the production build', () => {
  test('Payload answers a refusal with its sentence even when its class has lost its name', () => {
    // Minification renames classes; a class expression in an array has no name at all.
    const Anonymous = [class extends InUseRefusal {}][0]
    expect(Anonymous.name).toBe('')
    const error = new Anonymous(null, [{ records: 'reports', count: 2 }])
    expect(formatErrors(error)).toEqual({
      errors: [
        expect.objectContaining({
          message: 'Tätä ei voi poistaa, koska siihen liittyy vielä 2 kirjurin raporttia. Poista tai muuta ne ensin.',
        }),
      ],
    })
    expect(error.name).toBe('InUseRefusal')
    expect(error.status).toBe(409)
    expect(error).toBeInstanceOf(Refusal)
  })

  test('a field refusal is a Payload ValidationError whose message is the sentence', async () => {
    const req = { headers: new Headers(), i18n: { language: 'sv' } } as never
    const error = new FieldRefusal(req, 'actions', { path: 'event', key: 'errors.eventMissing' })
    expect(error.message).toBe('Det valda beslutsfattarevenemanget finns inte.')
    expect(error.message).not.toContain(en.translations.error.followingFieldsInvalid_one)
    expect(formatErrors(error).errors[0]).toMatchObject({
      message: 'Det valda beslutsfattarevenemanget finns inte.',
      data: {
        collection: 'actions',
        errors: [{ path: 'event', message: 'Det valda beslutsfattarevenemanget finns inte.' }],
      },
    })
  })
})
