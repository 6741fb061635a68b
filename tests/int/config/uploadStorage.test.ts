import { describe, expect, test } from '@jest/globals'
import type { CollectionConfig, Config } from 'payload'

import { ConfigurationError } from '../../../src/config/ConfigurationError'
import { readSettings } from '../../../src/config/readSettings'
import { readUploadStorage } from '../../../src/config/readUploadStorage'
import { uploadStorage } from '../../../src/config/uploadStorage'
import { documents } from '../../../src/documents'
import { email } from '../../../src/email'
import { health } from '../../../src/health'
import { projects } from '../../../src/projects'
import { toolkit } from '../../../src/toolkit'
import { translations } from '../../../src/translations'
import { users } from '../../../src/users'

// The S3 plugin's wiring only: nothing here talks to S3, so an upload to a real bucket is untested.
const s3Env = {
  S3_BUCKET: 'portal-uploads',
  S3_REGION: 'eu-north-1',
  S3_ENDPOINT: 'https://s3.example.net',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret-key',
  S3_FORCE_PATH_STYLE: 'true',
} as unknown as NodeJS.ProcessEnv

// The same collections payload.config.ts gives Payload.
const collections = [users, toolkit, projects, email, documents, translations, health].flatMap((c) => c.collections)
const uploadSlugs = collections.filter((c) => c.upload).map((c) => c.slug)

async function configured(env: NodeJS.ProcessEnv): Promise<Config> {
  return uploadStorage(readUploadStorage(env))({ collections } as Config)
}

function bySlug(config: Config, slug: string): CollectionConfig {
  return config.collections!.find((c) => c.slug === slug)!
}

describe('where uploads are stored', () => {
  test('the portal has upload collections to store (media and files)', () => {
    expect(uploadSlugs).toEqual(expect.arrayContaining(['media', 'files']))
  })

  test('with S3_BUCKET every upload collection goes to S3 and no longer writes to disk', async () => {
    const config = await configured(s3Env)
    for (const slug of uploadSlugs) {
      const upload = bySlug(config, slug).upload
      expect(upload).toMatchObject({ adapter: 's3', disableLocalStorage: true })
      // Files are stored and removed in S3 by the plugin's hooks, served through Payload (its access rules) by its handler.
      expect(bySlug(config, slug).hooks?.afterChange?.length).toBeGreaterThan(0)
      expect(bySlug(config, slug).hooks?.afterDelete?.length).toBeGreaterThan(0)
      expect(typeof upload === 'object' && upload.handlers?.length).toBe(1)
    }
    for (const collection of config.collections!.filter((c) => !uploadSlugs.includes(c.slug))) {
      expect(collection).toBe(collections.find((c) => c.slug === collection.slug))
    }
  })

  test('without S3_BUCKET the files stay in UPLOAD_DIR, as before', async () => {
    const config = await configured({} as NodeJS.ProcessEnv)
    for (const slug of uploadSlugs) {
      const upload = bySlug(config, slug).upload
      expect(upload).toMatchObject({ staticDir: expect.any(String) })
      expect(upload).not.toHaveProperty('adapter')
      expect(upload).not.toHaveProperty('disableLocalStorage')
      expect(bySlug(config, slug).hooks).toBe(collections.find((c) => c.slug === slug)!.hooks)
    }
  })

  test('the stored fields are the same with and without S3, so moving to S3 needs no migration', async () => {
    const names = (c: CollectionConfig) => c.fields.map((f) => ('name' in f ? f.name : f.type))
    const [withS3, onDisk] = await Promise.all([configured(s3Env), configured({} as NodeJS.ProcessEnv)])
    for (const slug of uploadSlugs) {
      expect(names(bySlug(withS3, slug))).toEqual(names(bySlug(onDisk, slug)))
      expect(names(bySlug(onDisk, slug))).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
      // The bucket is laid out as UPLOAD_DIR is: media/…, files/…
      expect(bySlug(withS3, slug).fields).toContainEqual(
        expect.objectContaining({ name: 'prefix', defaultValue: slug }),
      )
    }
  })

  test('the S3 settings are read from the environment', () => {
    expect(readUploadStorage(s3Env)).toEqual({
      kind: 's3',
      bucket: 'portal-uploads',
      region: 'eu-north-1',
      endpoint: 'https://s3.example.net',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret-key',
      forcePathStyle: true,
    })
    const { S3_ENDPOINT: _endpoint, S3_FORCE_PATH_STYLE: _style, ...aws } = s3Env
    expect(readUploadStorage(aws)).toMatchObject({ endpoint: undefined, forcePathStyle: false })
    expect(readUploadStorage({} as NodeJS.ProcessEnv)).toEqual({ kind: 'disk' })
  })

  test('a half-configured S3 stops the start with one sentence naming what is missing', () => {
    const { S3_SECRET_ACCESS_KEY: _secret, S3_REGION: _region, ...half } = s3Env
    expect(() => readSettings({ ...process.env, ...half })).toThrow(ConfigurationError)
    expect(() => readSettings({ ...process.env, ...half })).toThrow(
      /^S3_BUCKET is set but S3_REGION, S3_SECRET_ACCESS_KEY are not: .*\.$/,
    )
    expect(() => readUploadStorage({ S3_BUCKET: 'b' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not/,
    )
    expect(() => readUploadStorage({ S3_ACCESS_KEY_ID: 'k' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /^S3_ACCESS_KEY_ID is set but S3_BUCKET is not/,
    )
    expect(() => readUploadStorage({ ...s3Env, S3_ENDPOINT: 's3.example.net' })).toThrow(/S3_ENDPOINT must be/)
    expect(() => readUploadStorage({ ...s3Env, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE/)
  })

  test('the secret key never appears in a refusal', () => {
    expect(() => readUploadStorage({ ...s3Env, S3_BUCKET: '', S3_SECRET_ACCESS_KEY: 'hunter2' })).toThrow(
      /^(?![\s\S]*hunter2)/,
    )
  })
})
