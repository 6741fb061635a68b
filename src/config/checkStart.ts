/**
 * `npm start` runs this before `next start`: Next.js loads the app lazily, so
 * a missing secret or an unusable database address would otherwise surface at
 * the first visitor instead of stopping the start.
 */
import { readSettingsOrExit } from './readSettings'

readSettingsOrExit({ ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' })
