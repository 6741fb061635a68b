/** A setting the portal cannot start without. Its message is one sentence an operator can act on. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}
