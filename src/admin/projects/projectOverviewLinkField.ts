import type { UIField } from 'payload'

/** Puts the link to the project overview at the top of a project's sidebar. */
export const projectOverviewLinkField: UIField = {
  name: 'overviewLink',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/admin/projects/ProjectOverviewLink#ProjectOverviewLink' },
  },
}
