import type { CollectionConfig } from 'payload'

import { either } from '../../src/access/either'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { isSelf } from '../../src/access/isSelf'
import { roles } from '../../src/access/roles'
import { siteUrl } from '../../src/http/siteUrl'
import { forgetSuccessfulLogin, throttleLogins } from '../../src/security/loginThrottle'
import { throttleForgotPassword } from '../../src/security/throttleForgotPassword'
import { requireRoleLinks } from './hooks/requireRoleLinks'

export const Users: CollectionConfig = {
  slug: 'users',
  // No lockout a stranger could trigger: failed sign-ins are throttled per address and account instead.
  auth: {
    useAPIKey: false,
    maxLoginAttempts: 0,
    // HttpOnly always (Payload); Secure whenever the site is served over https.
    cookies: { secure: siteUrl().startsWith('https://'), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'municipalities', 'organization'],
    group: 'Administration',
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: either(isAdmin, isSelf),
    create: isAdmin,
    update: either(isAdmin, isSelf),
    delete: isAdmin,
    // Payload's default lets any signed-in person call unlock (a no-op now that nothing locks).
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogins, throttleForgotPassword],
    afterLogin: [forgetSuccessfulLogin],
    beforeValidate: [requireRoleLinks],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'organizer',
      saveToJWT: true,
      options: roles.map((r) => ({ label: r.charAt(0).toUpperCase() + r.slice(1), value: r })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Admin: everything. Editor: toolkit content, translations, newsletters. Coordinator: the projects of their municipalities. Organizer: sessions and reports of the projects where their NGO is a partner.',
      },
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => data?.role === 'coordinator',
        description: 'The municipalities whose projects this coordinator runs.',
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => data?.role === 'organizer',
        description: 'The NGO this organizer works for; they see the projects where it is a partner.',
      },
    },
  ],
}
