/** Where `/` sends a browser, by the languages it asks for (the proxy calls exactly this). */
import { describe, expect, test } from '@jest/globals'

import { landingPath } from '../../../src/i18n/landingPath'

describe('the landing page follows the browser’s languages', () => {
  test.each([
    ['fi-FI,fi;q=0.9,en;q=0.8', '/fi'],
    ['sv-FI,sv;q=0.9,en;q=0.5', '/sv'],
    ['en-GB,en;q=0.9', '/en'],
    ['ar', '/ar/for-residents'],
    ['so-SO,so;q=0.9', '/so/for-residents'],
    ['uk-UA,uk;q=0.9,ru;q=0.8', '/uk/for-residents'],
    ['ru', '/ru/for-residents'],
    ['vi-VN', '/vi/for-residents'],
    ['et-EE,et;q=0.9', '/et/for-residents'],
    ['sw', '/sw/for-residents'],
    ['se-FI', '/se/for-residents'],
    ['sme', '/se/for-residents'],
  ])('%s → %s', (header, path) => {
    expect(landingPath(header)).toBe(path)
  })

  test('the most wanted language wins, by q-value and then by order', () => {
    expect(landingPath('en;q=0.5,ar;q=0.9')).toBe('/ar/for-residents')
    expect(landingPath('ar;q=0.5,sv')).toBe('/sv')
    expect(landingPath('de-DE,de;q=0.9,ru;q=0.7,en;q=0.6')).toBe('/ru/for-residents')
    // A language the browser refuses (q=0) is never chosen.
    expect(landingPath('ar;q=0,en;q=0.1')).toBe('/en')
  })

  test('no header, or only languages the portal does not speak, lands on the Finnish home page', () => {
    expect(landingPath(null)).toBe('/fi')
    expect(landingPath('')).toBe('/fi')
    expect(landingPath('de-DE,fr;q=0.8')).toBe('/fi')
    expect(landingPath('*')).toBe('/fi')
  })
})
