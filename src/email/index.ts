import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

/** What the e-mail capability (mailing list, newsletters, workspace sign-up) adds to the Payload config. */
export const emailCollections: CollectionConfig[] = []
export const emailEndpoints: Endpoint[] = []
export const emailTasks: TaskConfig[] = []
export const emailGlobals: GlobalConfig[] = []
