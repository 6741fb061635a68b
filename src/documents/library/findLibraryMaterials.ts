import type { Payload, PayloadRequest } from 'payload'

import type { Material } from '../../payload-types'

/** The library's materials of one kind (the generated ones are found by their kind), read as the system. */
export async function findLibraryMaterials(payload: Payload, kind: string, req?: PayloadRequest): Promise<Material[]> {
  const { docs } = await payload.find({
    collection: 'materials',
    where: { kind: { equals: kind } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as Material[]
}
