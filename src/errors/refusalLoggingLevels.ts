import type { Config } from 'payload'

/**
 * A refusal is the portal working as intended, so it is logged as a line of information (as Payload
 * logs its own ValidationError), not as an error with a stack. Keyed by the names the classes set
 * themselves, which survive the production build's minification. A server without e-mail is a
 * setting to fix, hence a warning. (Payload's type lists only its own error names; at run time it looks
 * up any error's name.)
 */
export const refusalLoggingLevels = {
  Refusal: 'info',
  FieldRefusal: 'info',
  InUseRefusal: 'info',
  XliffRefusal: 'info',
  EmailNotConfiguredError: 'warn',
} as Config['loggingLevels']
