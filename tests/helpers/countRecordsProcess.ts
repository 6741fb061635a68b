/**
 * Starts Payload on the database DATABASE_URI names, in a process of its own
 * (as a restored server would start), and prints one JSON line: the number of
 * records of every collection. Used by the backup test.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config })
const counts: Record<string, number> = {}
for (const { slug } of payload.config.collections) {
  counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
}
process.stdout.write(`${JSON.stringify(counts)}\n`)
process.exit(0)
