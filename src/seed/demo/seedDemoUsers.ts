import type { SeedContext } from '../lib/context'
import { ensureDoc } from '../lib/ensureDoc'
import data from '../reference/demo'

/** Known in development so the e2e tests and people trying the portal can sign in; never used in production. */
export const DEMO_PASSWORD = process.env.SEED_DEMO_PASSWORD || 'hyvat-suhteet-demo'

export type DemoLogin = { email: string; role: string }

/**
 * One user per role. A production database gets no users from the seed at all,
 * not even with the demo: its first admin is created by a person, with a
 * password nobody else has seen.
 */
export async function seedDemoUsers(
  ctx: SeedContext,
  links: { exampleMunicipality: string; organizations: Map<string, string> },
): Promise<DemoLogin[]> {
  // PORTAL_E2E_USERS is set only by the browser tests' throwaway production server.
  if (process.env.NODE_ENV === 'production' && process.env.PORTAL_E2E_USERS !== 'true') return []
  const logins: DemoLogin[] = []
  for (const user of data.users) {
    const organization = user.organization ? links.organizations.get(user.organization) : undefined
    if (user.organization && !organization)
      throw new Error(`demo.json: user ${user.email} names an unknown organisation "${user.organization}".`)
    await ensureDoc(ctx, {
      collection: 'users',
      where: { email: { equals: user.email } },
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        password: DEMO_PASSWORD,
        ...(user.exampleMunicipality ? { municipalities: [links.exampleMunicipality] } : {}),
        ...(organization ? { organization } : {}),
      },
    })
    logins.push({ email: user.email, role: user.role })
  }
  // Printed here rather than by the CLI so that the first start of a development server shows them too.
  ctx.payload.logger.info(
    `Demo logins (development only), password "${DEMO_PASSWORD}":\n` +
      logins.map((l) => `  ${l.email}  (${l.role})`).join('\n'),
  )
  return logins
}
