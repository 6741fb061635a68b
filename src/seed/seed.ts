import type { Payload } from 'payload'

export type SeedOptions = { demo: boolean }

export async function seed(_payload: Payload, _options: SeedOptions): Promise<void> {}
