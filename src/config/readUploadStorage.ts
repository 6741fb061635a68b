import { ConfigurationError } from './ConfigurationError'

/** Where uploaded files live: S3 (or an S3-compatible service) when S3_BUCKET is set, else UPLOAD_DIR on disk. */
export type UploadStorageSettings =
  | { kind: 'disk' }
  | {
      kind: 's3'
      bucket: string
      region: string
      endpoint?: string
      accessKeyId: string
      secretAccessKey: string
      forcePathStyle: boolean
    }

const s3Variables = [
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/**
 * Reads the S3 settings, refusing a half-configured S3 in one sentence: a
 * portal that silently kept files on one machine's disk (or failed its first
 * upload) would be found out only after editors had lost work.
 */
export function readUploadStorage(env: NodeJS.ProcessEnv = process.env): UploadStorageSettings {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) {
    const stray = s3Variables.filter((name) => value(name))
    if (stray.length) {
      throw new ConfigurationError(
        `${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not: set S3_BUCKET to keep uploads in S3, or unset ${stray.length === 1 ? 'it' : 'them'} to keep them in UPLOAD_DIR.`,
      )
    }
    return { kind: 'disk' }
  }
  const missing = ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !value(name))
  if (missing.length) {
    throw new ConfigurationError(
      `S3_BUCKET is set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not: uploads need the bucket's region and an access key to be stored in S3.`,
    )
  }
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/i.test(endpoint)) {
    throw new ConfigurationError(
      `S3_ENDPOINT must be the address of the S3-compatible service, e.g. https://s3.example.net; got ${endpoint}.`,
    )
  }
  const pathStyle = (value('S3_FORCE_PATH_STYLE') ?? 'false').toLowerCase()
  if (!['true', '1', 'false', '0'].includes(pathStyle)) {
    throw new ConfigurationError(`S3_FORCE_PATH_STYLE must be true or false; got ${env.S3_FORCE_PATH_STYLE}.`)
  }
  return {
    kind: 's3',
    bucket,
    region: value('S3_REGION')!,
    endpoint,
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
  }
}
