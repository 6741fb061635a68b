/**
 * Opens the database DATABASE_URI names in a process of its own and writes
 * dumpSite's record-by-record dump to the file named as the first argument.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { dumpSite } from './dumpSite'

const payload = await getPayload({ config })
fs.writeFileSync(process.argv[2], JSON.stringify(await dumpSite(payload)))
process.exit(0)
