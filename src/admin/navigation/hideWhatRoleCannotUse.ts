import type { Access, CollectionConfig, GlobalConfig, PayloadRequest, Plugin } from 'payload'

import { actorOf, type Role } from '../../access/roles'

// Collections and globals type the signed-in user differently; the rules below only pass it on.
type HiddenRule<U> = boolean | ((args: { user: U }) => boolean) | undefined
type Answer = 'yes' | 'no' | 'depends'

const projectRoles: Role[] = ['admin', 'coordinator', 'organizer']

/**
 * What a rule answers for this person without touching the database: a rule
 * that looks records up (the project scope) answers later, so it "depends" and
 * the entry stays in place — Payload itself then hides what they cannot read.
 */
function ask(rule: Access | undefined, user: unknown): Answer {
  if (!rule) return 'yes'
  try {
    const result = rule({ req: { user } as unknown as PayloadRequest })
    if (result instanceof Promise) {
      result.catch(() => undefined)
      return 'depends'
    }
    return result ? 'yes' : 'no'
  } catch {
    return 'depends'
  }
}

function combine<U>(existing: HiddenRule<U>, rule: (user: U) => boolean): HiddenRule<U> {
  if (existing === true) return true
  return ({ user }) => (typeof existing === 'function' && existing({ user })) || rule(user)
}

/**
 * The navigation, the dashboard and the admin's routes show a signed-in person
 * what they work in. Reading alone does not earn a place there for what the
 * public site already shows everyone (the toolkit's content, municipalities,
 * site settings): a coordinator or an organizer who cannot change it would only
 * meet forms they cannot save. The user list is for those who manage accounts;
 * everyone's own account is on the account page. Project records are for the
 * project teams and admins. Apart from that last line, derived from each
 * collection's own access rules, so nothing here repeats who may do what.
 */
export function hideCollectionFrom(collection: CollectionConfig): void {
  const access = collection.access ?? {}
  // Project records (those with the project field) are the project teams' and the admins' work. An
  // editor may read the few a coordinator made public, as everyone does on the municipality pages.
  if (collection.fields.some((f) => 'name' in f && f.name === 'project')) {
    collection.admin = {
      ...collection.admin,
      hidden: combine(
        collection.admin?.hidden,
        (u) => !projectRoles.includes(actorOf({ user: u as never })?.role as Role),
      ),
    }
    return
  }
  const managesAccounts = (user: unknown) => ask(access.create, user) !== 'no'
  const changes = (user: unknown) =>
    ask(access.create, user) !== 'no' || ask(access.update, user) !== 'no' || ask(access.delete, user) !== 'no'
  const publicReading = ask(access.read, null) === 'yes'
  if (collection.auth) {
    collection.admin = { ...collection.admin, hidden: combine(collection.admin?.hidden, (u) => !managesAccounts(u)) }
  } else if (publicReading) {
    collection.admin = { ...collection.admin, hidden: combine(collection.admin?.hidden, (u) => !changes(u)) }
  }
}

export function hideGlobalFrom(global: GlobalConfig): void {
  const access = global.access ?? {}
  if (ask(access.read, null) !== 'yes') return
  global.admin = {
    ...global.admin,
    hidden: combine(global.admin?.hidden, (u) => ask(access.update, u) === 'no'),
  }
}

/** Runs once the config is assembled, so capability modules' collections and globals are included. */
export const hideWhatRoleCannotUsePlugin: Plugin = (config) => {
  for (const collection of config.collections ?? []) hideCollectionFrom(collection)
  for (const global of config.globals ?? []) hideGlobalFrom(global)
  return config
}
