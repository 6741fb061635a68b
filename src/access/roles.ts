import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'coordinator', 'organizer'] as const
export type Role = (typeof roles)[number]

/** The signed-in person as access rules see them; relationship ids are normalised to strings. */
export type Actor = {
  id: string
  role: Role
  municipalities: string[]
  organization: string | null
}

type RelValue = string | number | { id: string | number } | null | undefined

export function idOf(value: RelValue): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return String(value.id)
  return String(value)
}

export function actorOf(req: Pick<PayloadRequest, 'user'>): Actor | null {
  const user = req.user as (Record<string, unknown> & { id: string | number; collection?: string }) | null | undefined
  if (!user || (user.collection && user.collection !== 'users')) return null
  const role = user.role as Role | undefined
  if (!role || !(roles as readonly string[]).includes(role)) return null
  const municipalities = ((user.municipalities as RelValue[] | undefined) ?? [])
    .map(idOf)
    .filter((v): v is string => Boolean(v))
  return {
    id: String(user.id),
    role,
    municipalities,
    organization: idOf(user.organization as RelValue),
  }
}
