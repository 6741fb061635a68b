import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

/** What the translation workflow (status overview, XLIFF) adds to the Payload config. */
export const translationCollections: CollectionConfig[] = []
export const translationEndpoints: Endpoint[] = []
export const translationTasks: TaskConfig[] = []
export const translationGlobals: GlobalConfig[] = []
