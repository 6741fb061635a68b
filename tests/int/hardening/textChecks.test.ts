/**
 * One-line texts (names, organisations, roles, titles) take no line breaks or other control
 * characters, and no text anywhere takes a NUL byte: refused with 400 and a sentence, nothing stored.
 * The same check covers every collection; the public workspace form answers in the visitor's language
 * before anything is stored or mailed.
 */
import { describe, expect, test } from '@jest/globals'

import { countAll } from '../../helpers/fixtures'
import { json, messages, routesForThisFile } from './askRoutes'

const { w, tokens, ask } = routesForThisFile(['coordinatorA', 'admin', 'editor'] as const)

const workspace = (fields: Record<string, string>) => ({
  name: 'Anna Andersson',
  email: 'anna@example.fi',
  organization: 'Närpes stad',
  municipality: 'Närpes',
  role: 'koordinator',
  reason: 'Vi planerar diskussioner.\nOch evenemang.',
  language: 'sv',
  consent: true,
  lang: 'en',
  ...fields,
})

describe('the public workspace form', () => {
  test.each([
    ['organization', 'Närpes stad\r\nBcc: someone@example.com', 'Write this on one line'],
    ['name', 'Anna\nAndersson', 'Write this on one line'],
    ['role', 'koordinator\u0007', 'Write this on one line'],
    ['reason', 'Hej\u0000', 'characters that cannot be saved'],
  ])('%s with control characters is refused in the visitor’s language, nothing stored', async (field, value, said) => {
    const before = await countAll(w.payload, 'workspace-requests')
    const res = await ask('POST', '/api/email/workspace', json(workspace({ [field]: value })))
    expect(res.status).toBe(400)
    expect(
      messages(res)
        .map((m) => m.message)
        .join(' '),
    ).toContain(said)
    expect(await countAll(w.payload, 'workspace-requests')).toBe(before)
  })
})

describe('every collection', () => {
  const cases: [string, string, () => Record<string, unknown>, 'coordinatorA' | 'admin' | 'editor'][] = [
    ['organizations', 'name', () => ({ name: 'Yhdistys\nry', type: 'ngo', municipality: w.municipalities.A }), 'admin'],
    ['decision-events', 'title', () => ({ project: w.projects.A, title: 'Tilaisuus\t2025' }), 'coordinatorA'],
    ['municipalities', 'name', () => ({ name: 'Kunta\u2028', region: 'uusimaa', phase: 'pilot' }), 'admin'],
    ['themes', 'name', () => ({ key: 'x-theme', name: 'Teema\u0000', order: 9 }), 'editor'],
  ]
  test.each(cases)('%s.%s with a control character is refused at the field', async (collection, path, data, actor) => {
    const before = await countAll(w.payload, collection as never)
    const res = await ask('POST', `/api/${collection}`, { ...json(data()), token: tokens[actor], language: 'en' })
    expect(res.status).toBe(400)
    expect(messages(res)).toContainEqual(expect.objectContaining({ path }))
    expect(await countAll(w.payload, collection as never)).toBe(before)
  })

  test('a NUL byte in a multi-line text is refused, line breaks there are fine', async () => {
    const nul = await ask('PATCH', `/api/reports/${w.reports.B}`, {
      ...json({ proposals: 'Ehdotus\u0000' }),
      token: tokens.admin,
      language: 'sv',
    })
    expect(nul.status).toBe(400)
    expect(messages(nul)).toContainEqual({
      path: 'proposals',
      message: 'Texten innehåller styrtecken (NUL) som inte kan sparas. Ta bort dem och försök igen.',
    })
    const lines = await ask('PATCH', `/api/reports/${w.reports.B}`, {
      ...json({ proposals: 'Ensimmäinen rivi\r\n\tToinen rivi' }),
      token: tokens.admin,
    })
    expect(lines.status).toBe(200)
  })
})
