/**
 * Which public pages the caching proxy may keep for everyone (src/security/sharedCopy.ts): every view
 * of the portal is named there as shared or personal, so a view added later is never kept by default.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

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
