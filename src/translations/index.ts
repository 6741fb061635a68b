import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'

import { TranslationSettings } from './TranslationSettings'
import { xliffExportEndpoint } from './xliff/xliffExportEndpoint'
import { xliffImportEndpoint } from './xliff/xliffImportEndpoint'

/** What the translation workflow (status overview, XLIFF) adds to the Payload config. */
export const translationCollections: CollectionConfig[] = []
export const translationEndpoints: Endpoint[] = [xliffExportEndpoint, xliffImportEndpoint]
export const translationTasks: TaskConfig[] = []
export const translationGlobals: GlobalConfig[] = [TranslationSettings]
