import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

import { EventPlacements } from '../../collections/EventPlacements'
import { EventVerdicts } from '../../collections/EventVerdicts'
import { boardEndpoints } from './board/boardEndpoints'
import { projectExportEndpoint } from './export/projectExportEndpoint'
import { nationalOverviewEndpoint } from './overview/nationalOverviewEndpoint'
import { projectOverviewEndpoint } from './overview/projectOverviewEndpoint'
import { evaluationRemindersTask } from './reminders/evaluationRemindersTask'
import { nextRoundEndpoint } from './rounds/nextRoundEndpoint'
import { surveyEndpoints } from './survey/surveyEndpoints'

/** What the project-team workflow (boards, survey, overview, exports, reminders) adds to the Payload config. */
export const projectCollections: CollectionConfig[] = [EventVerdicts, EventPlacements]
export const projectEndpoints: Endpoint[] = [
  ...boardEndpoints,
  ...surveyEndpoints,
  nextRoundEndpoint,
  projectExportEndpoint,
  projectOverviewEndpoint,
  nationalOverviewEndpoint,
]
export const projectTasks: TaskConfig[] = [evaluationRemindersTask]
export const projectGlobals: GlobalConfig[] = []
