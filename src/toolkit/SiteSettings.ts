import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { fieldMessage, type FieldOptions } from '../errors/fieldMessage'

const url = (name: string, description: string) => ({
  name,
  type: 'text' as const,
  maxLength: 500,
  admin: { description },
  validate: (value: unknown, { req }: FieldOptions) =>
    !value || (typeof value === 'string' && /^(https?:\/\/|mailto:)\S+$/.test(value))
      ? true
      : fieldMessage(req, 'errors.linkAddress'),
})

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Administration' },
  access: { read: anyone, update: isEditorOrAdmin },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, defaultValue: 'Hyvät väestösuhteet' },
    {
      name: 'contacts',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200 },
        { name: 'title', type: 'text', localized: true, maxLength: 200 },
        { name: 'organization', type: 'text', maxLength: 200 },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 50 },
      ],
    },
    url('linkedinUrl', 'The initiative’s LinkedIn page.'),
    url('mailingListUrl', 'Where people join the mailing list (until the portal’s own form replaces it).'),
    url('workspaceUrl', 'The partners’ shared workspace (Kumppanuusalusta).'),
    url('workspaceSignupUrl', 'Where people ask to join the workspace.'),
    url('accessibilityFeedbackUrl', 'Feedback channel of the accessibility statement.'),
    { name: 'senderEmail', type: 'email', admin: { description: 'The From address of the portal’s e-mail.' } },
  ],
}
