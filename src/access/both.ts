import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/**
 * Grants only what every rule grants: false wins outright, query constraints
 * are AND-ed. The counterpart of either().
 */
export function both(...rules: Access[]): Access {
  return async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const rule of rules) {
      const result: AccessResult = await rule(args)
      if (!result) return false
      if (typeof result === 'object') wheres.push(result)
    }
    if (wheres.length === 0) return true
    return wheres.length === 1 ? wheres[0] : { and: wheres }
  }
}
