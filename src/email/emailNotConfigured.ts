import { APIError } from 'payload'

/**
 * A production server without RESEND_API_KEY must not pretend to send: the
 * admin shows this message instead of the mail silently disappearing.
 */
export class EmailNotConfiguredError extends APIError {
  constructor() {
    super('E-mail is not configured: set RESEND_API_KEY', 503, undefined, true)
    this.name = 'EmailNotConfiguredError'
  }
}
