import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { ownCopyHeader, sharedCopyStatusHeader } from '../../src/http/sharedPageCopies'
import { sharedCopyHeader } from '../../src/security/sharedCopy'
import {
  freePort,
  killGroup,
  type RunningServer,
  spawnProductionServer,
  startProductionServer,
} from '../helpers/productionServer'

describe('the production build on an empty data folder', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startProductionServer({ env: { PORTAL_DEMO: 'false' } })
  })
  afterAll(async () => {
    await server?.stop()
  })

  test('creates its database, migrates and seeds the 31 municipalities', async () => {
    expect(fs.existsSync(path.join(server.dataDir, 'portal.db'))).toBe(true)
    const res = await fetch(`${server.url}/api/municipalities?limit=100&depth=0`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { totalDocs: number; docs: { name: string; isExample?: boolean }[] }
    expect(body.totalDocs).toBe(31)
    expect(body.docs.some((m) => m.isExample)).toBe(false)
    expect(body.docs.map((m) => m.name)).toEqual(expect.arrayContaining(['Helsinki', 'Kajaani', 'Imatra']))
  })

  test('serves the admin, and creates no user in production', async () => {
    const admin = await fetch(`${server.url}/admin`, { redirect: 'manual' })
    expect([200, 307, 308]).toContain(admin.status)
    const page = await fetch(`${server.url}/admin/create-first-user`)
    expect(page.status).toBe(200)
    expect(server.output()).not.toMatch(/password/i)
  })

  test('offers the material library’s generated files from the first start, not "file coming"', async () => {
    const res = await fetch(`${server.url}/api/materials?where[kind][equals]=scribe-form&depth=1`)
    expect(res.status).toBe(200)
    const material = ((await res.json()) as { docs: { versions: { language: string; file?: { url?: string } }[] }[] })
      .docs[0]
    expect(material.versions.map((v) => v.language).sort()).toEqual([
      'ar',
      'en',
      'et',
      'fi',
      'ru',
      'se',
      'so',
      'sw',
      'uk',
      'vi',
    ])
    expect(material.versions.every((v) => v.file?.url)).toBe(true)
    const file = await fetch(new URL(material.versions.find((v) => v.language === 'ar')!.file!.url!, server.url))
    expect(file.status).toBe(200)
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
    expect(server.output()).toMatch(/Material library: 24 files generated/)
  })

  test('has no bench yardstick page: /bench-baseline is a 404 unless the bench starts the server', async () => {
    const res = await fetch(`${server.url}/bench-baseline`)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('baseline')
  })

  test('without TRUSTED_PROXIES, a request claiming to come from the caching proxy still gets a nonce of its own', async () => {
    const placeholder = 'a-placeholder-long-enough-to-be-taken'
    // Nor one claiming to be the instance's own request for its copy: that takes the process's secret.
    const claims: Record<string, string>[] = [
      {},
      { [ownCopyHeader]: 'a-guessed-secret-of-this-process' },
      { [ownCopyHeader]: '' },
    ]
    for (const claim of claims) {
      const res = await fetch(`${server.url}/fi/library`, { headers: { [sharedCopyHeader]: placeholder, ...claim } })
      expect(res.status).toBe(200)
      expect(res.headers.get('x-accel-expires')).toBeNull()
      expect(res.headers.get('content-security-policy')).not.toContain(placeholder)
      expect(await res.text()).not.toContain(placeholder)
    }
  })

  test('without KEEP_SHARED_PAGES, every page is rendered for its request', async () => {
    const res = await fetch(`${server.url}/fi/library`, { headers: { accept: 'text/html' } })
    expect(res.status).toBe(200)
    expect(res.headers.get(sharedCopyStatusHeader)).toBeNull()
  })

  test('answers GraphQL at /api/graphql', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Languages(limit: 100) { totalDocs docs { code direction } } }' }),
    })
    const body = (await res.json()) as {
      data: { Languages: { totalDocs: number; docs: { code: string; direction: string }[] } }
    }
    expect(body.data.Languages.docs.find((l) => l.code === 'ar')?.direction).toBe('rtl')
  })
})

describe('configuration errors stop the start with one sentence', () => {
  async function startAndFail(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
    const port = await freePort()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bad-'))
    const { child, output } = spawnProductionServer(port, dataDir, env)
    const status = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        killGroup(child, 'SIGKILL')
        resolve(null)
      }, 60_000)
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
    })
    fs.rmSync(dataDir, { recursive: true, force: true })
    return { status, output: output() }
  }

  test('no PAYLOAD_SECRET in production', async () => {
    const { status, output } = await startAndFail({ PAYLOAD_SECRET: '' })
    expect(status).not.toBe(0)
    expect(status).not.toBeNull()
    expect(output).toMatch(/Cannot start the portal: PAYLOAD_SECRET is not set/)
  })

  test('an unparsable DATABASE_URI', async () => {
    const { status, output } = await startAndFail({ DATABASE_URI: 'mysql://db.example/portal' })
    expect(status).not.toBe(0)
    expect(output).toMatch(/Cannot start the portal: DATABASE_URI must start with postgres:\/\//)
  })

  test('an unwritable data folder', async () => {
    const { status, output } = await startAndFail({ DATA_DIR: '/dev/null/portal-data' })
    expect(status).not.toBe(0)
    expect(output).toMatch(/Cannot start the portal: The data folder \/dev\/null\/portal-data cannot be written to/)
  })
})
