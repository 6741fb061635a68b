import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/**
 * Grants what any of the rules grants: true wins outright, query constraints
 * are OR-ed. Lets collections say `either(isAdmin, coordinatorOfProject)`
 * instead of copying role checks.
 */
export function either(...rules: Access[]): Access {
  return async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const rule of rules) {
      const result: AccessResult = await rule(args)
      if (result === true) return true
      if (result && typeof result === 'object') wheres.push(result)
    }
    if (wheres.length === 0) return false
    return wheres.length === 1 ? wheres[0] : { or: wheres }
  }
}
