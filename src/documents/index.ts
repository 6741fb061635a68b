import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

import { DocumentTexts } from './DocumentTexts'
import { downloadEndpoints } from './endpoints/downloadEndpoints'
import { uploadScribeFormEndpoint } from './endpoints/uploadScribeFormEndpoint'
import { regenerateLibraryTask } from './library/regenerateLibraryTask'

/** What the generated-documents capability adds to the Payload config. */
export const documentCollections: CollectionConfig[] = []
export const documentEndpoints: Endpoint[] = [...downloadEndpoints, uploadScribeFormEndpoint]
export const documentTasks: TaskConfig[] = [regenerateLibraryTask]
export const documentGlobals: GlobalConfig[] = [DocumentTexts]
