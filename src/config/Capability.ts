import type { CollectionConfig, Config, Endpoint, GlobalConfig, TaskConfig } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/**
 * What one capability adds to the Payload config. Each capability's index.ts
 * exports one; payload.config.ts composes them and owns nothing of its own.
 */
export type Capability = {
  collections: CollectionConfig[]
  globals: GlobalConfig[]
  endpoints: Endpoint[]
  tasks: TaskConfig[]
  /** The capability's own admin screens: views by name, links after the navigation, panels above the dashboard. */
  admin?: Pick<AdminComponents, 'views' | 'afterNavLinks' | 'beforeDashboard'>
}
