import { Actions } from '../../collections/Actions'
import { DecisionEvents } from '../../collections/DecisionEvents'
import { Evaluations } from '../../collections/Evaluations'
import { EventPlacements } from '../../collections/EventPlacements'
import { EventVerdicts } from '../../collections/EventVerdicts'
import { ExperienceCards } from '../../collections/ExperienceCards'
import { FeedbackResponses } from '../../collections/FeedbackResponses'
import { Projects } from '../../collections/Projects'
import { Reports } from '../../collections/Reports'
import { Sessions } from '../../collections/Sessions'
import type { Capability } from '../config/Capability'
import { boardEndpoints } from './board/boardEndpoints'
import { projectExportEndpoint } from './export/projectExportEndpoint'
import { nationalOverviewEndpoint } from './overview/nationalOverviewEndpoint'
import { projectOverviewEndpoint } from './overview/projectOverviewEndpoint'
import { evaluationRemindersTask } from './reminders/evaluationRemindersTask'
import { nextRoundEndpoint } from './rounds/nextRoundEndpoint'
import { surveyEndpoints } from './survey/surveyEndpoints'

/**
 * A municipality's project rounds: projects, discussion sessions, scribe
 * reports, experience cards, the decision-maker event with its board and
 * survey, actions and evaluations; the overview, exports and reminders.
 */
export const projects: Capability = {
  collections: [
    Projects,
    Sessions,
    Reports,
    ExperienceCards,
    DecisionEvents,
    Actions,
    FeedbackResponses,
    Evaluations,
    EventVerdicts,
    EventPlacements,
  ],
  globals: [],
  endpoints: [
    ...boardEndpoints,
    ...surveyEndpoints,
    nextRoundEndpoint,
    projectExportEndpoint,
    projectOverviewEndpoint,
    nationalOverviewEndpoint,
  ],
  tasks: [evaluationRemindersTask],
  admin: {
    views: {
      projectOverview: {
        Component: '/src/admin/projects/ProjectOverviewView#ProjectOverviewView',
        path: '/project-overview/:id',
      },
      nationalOverview: {
        Component: '/src/admin/projects/NationalOverviewView#NationalOverviewView',
        path: '/national-overview',
      },
    },
    afterNavLinks: ['/src/admin/projects/NationalOverviewNavLink#NationalOverviewNavLink'],
    beforeDashboard: ['/src/admin/projects/YourProjects#YourProjects'],
  },
}
