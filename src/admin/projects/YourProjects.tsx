import type { ServerProps } from 'payload'

import { actorOf } from '../../access/roles'
import { getTranslator } from '../../i18n/getTranslator'

type Row = { id: string | number; title: string; round?: number | null; stage?: string | null; municipality?: unknown }

/**
 * At the top of a coordinator's or an organiser's dashboard: their projects,
 * each a link to its overview, so the round's state is one click from signing in.
 * Read as the signed-in person; nobody sees another team's projects.
 */
export async function YourProjects({ payload, user, i18n }: ServerProps) {
  const role = actorOf({ user: user as never })?.role
  if (role !== 'coordinator' && role !== 'organizer') return null
  const { docs } = await payload.find({
    collection: 'projects',
    overrideAccess: false,
    user,
    depth: 1,
    limit: 20,
    sort: '-updatedAt',
  })
  if (docs.length === 0) return null
  const lang = i18n?.language === 'sv' ? 'sv' : i18n?.language === 'fi' ? 'fi' : 'en'
  const t = await getTranslator(lang, 'event')
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="your-projects" className="your-projects">
      <h2 id="your-projects">{t('overview.projects')}</h2>
      <ul>
        {(docs as unknown as Row[]).map((p) => {
          const municipality = (p.municipality as { name?: string } | null)?.name
          return (
            <li key={p.id}>
              <a href={`${admin}/project-overview/${p.id}`}>{p.title}</a>
              <span>
                {[
                  municipality,
                  p.round ? t('overview.round', { round: p.round }) : null,
                  p.stage ? t(`overview.stages.${p.stage}`) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
