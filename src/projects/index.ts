import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

/** What the project-team workflow (boards, survey, overview, exports, reminders) adds to the Payload config. */
export const projectCollections: CollectionConfig[] = []
export const projectEndpoints: Endpoint[] = []
export const projectTasks: TaskConfig[] = []
export const projectGlobals: GlobalConfig[] = []
