import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

/** What the generated-documents capability adds to the Payload config. */
export const documentCollections: CollectionConfig[] = []
export const documentEndpoints: Endpoint[] = []
export const documentTasks: TaskConfig[] = []
export const documentGlobals: GlobalConfig[] = []
