import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { UploadStorageSettings } from './readUploadStorage'

/**
 * Every upload collection's files go to S3 when the settings name a bucket
 * (several web instances then share them without a shared disk); otherwise
 * they stay in UPLOAD_DIR (src/config/uploadDir.ts). The collections are found
 * in the config, so a new upload collection is covered without a change here.
 * The plugin is applied (disabled) even without S3, with its fields always
 * inserted: the database schema (and so the committed migrations) and the
 * import map are then the same for both kinds of installation, and a site can
 * move its uploads to S3 without a migration.
 */
export function uploadStorage(settings: UploadStorageSettings): Plugin {
  return (config) => {
    const uploadCollections = (config.collections ?? []).filter((collection) => collection.upload)
    return s3Storage({
      enabled: settings.kind === 's3',
      alwaysInsertFields: true,
      // media/…, files/…: the bucket is laid out as UPLOAD_DIR is, so moving a site's files there is one copy.
      collections: Object.fromEntries(
        uploadCollections.map((collection) => [collection.slug, { prefix: collection.slug }]),
      ),
      bucket: settings.kind === 's3' ? settings.bucket : '',
      config:
        settings.kind === 's3'
          ? {
              region: settings.region,
              endpoint: settings.endpoint,
              forcePathStyle: settings.forcePathStyle,
              credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
            }
          : {},
    })(config)
  }
}
