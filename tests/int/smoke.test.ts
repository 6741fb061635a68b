import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { startPayload, type TestPortal } from '../helpers/startPayload'

let portal: TestPortal
beforeAll(async () => {
  portal = await startPayload()
})
afterAll(async () => {
  await portal?.stop()
})

test('a language can be created and read back', async () => {
  const created = await portal.payload.create({
    collection: 'languages',
    data: { code: 'fi', name: 'suomi', nativeName: 'suomi', direction: 'ltr', materialLanguage: true },
  })
  expect(typeof created.id).toBe('string')
  const found = await portal.payload.find({ collection: 'languages', overrideAccess: false })
  expect(found.docs.map((d) => d.code)).toEqual(['fi'])
})
