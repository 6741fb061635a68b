import { Refusal } from '../errors/Refusal'

/**
 * A production server without RESEND_API_KEY must not pretend to send: the admin shows this
 * sentence (in the admin language of the person sending) instead of the mail silently disappearing.
 */
export class EmailNotConfiguredError extends Refusal {
  constructor() {
    super(null, 503, 'errors.emailNotConfigured')
    this.name = 'EmailNotConfiguredError'
  }
}
