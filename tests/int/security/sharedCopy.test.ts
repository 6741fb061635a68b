/**
 * Which public pages the caching proxy may keep for everyone (src/security/sharedCopy.ts): every view
 * of the portal is named there as shared or personal, so a view added later is never kept by default;
 * and the setting with which an instance keeps such pages itself (src/http/sharedPageCopies.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { ConfigurationError } from '../../../src/config/ConfigurationError'
import { readSettings } from '../../../src/config/readSettings'
import { keepsSharedPages } from '../../../src/http/keepsSharedPages'
import { viewKinds } from '../../../src/security/sharedCopy'

const viewsDir = path.resolve(import.meta.dirname, '../../../src/app/(frontend)/[lang]')

test('every view of the portal is named as shared with everyone or personal', () => {
  const views = fs
    .readdirSync(viewsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
    .map((entry) => entry.name)
  expect(views.length).toBeGreaterThan(5)
  expect(views.filter((view) => !Object.hasOwn(viewKinds, view))).toEqual([])
  expect(Object.keys(viewKinds).filter((view) => !views.includes(view))).toEqual([])
})

test('KEEP_SHARED_PAGES is true or false; anything else stops the start with one sentence', () => {
  for (const [value, keeps] of [
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
  ] as const) {
    expect(readSettings({ ...process.env, KEEP_SHARED_PAGES: value }).serverUrl).toBeTruthy()
    expect(keepsSharedPages({ ...process.env, KEEP_SHARED_PAGES: value })).toBe(keeps)
  }
  for (const value of ['yes', '1', 'TRUE'])
    expect(() => readSettings({ ...process.env, KEEP_SHARED_PAGES: value })).toThrow(
      new ConfigurationError(`KEEP_SHARED_PAGES must be true or false, not “${value}”.`),
    )
})
