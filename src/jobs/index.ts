import type { TaskConfig } from 'payload'

import { documentTasks } from '../documents'
import { emailTasks } from '../email'
import { projectTasks } from '../projects'
import { translationTasks } from '../translations'

/** Every background task, gathered from the capabilities that own them. */
export const tasks: TaskConfig[] = [...documentTasks, ...emailTasks, ...projectTasks, ...translationTasks]
