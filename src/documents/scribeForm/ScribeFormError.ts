/** Why an uploaded scribe form was refused; `reason` is the key of its localized message (documents:errors.*). */
export type RefusalReason =
  'noFile' | 'tooLarge' | 'notDocx' | 'tooManyEntries' | 'unpacksTooLarge' | 'notAForm' | 'otherSession'

export class ScribeFormError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly status = 400,
  ) {
    super(reason)
    this.name = 'ScribeFormError'
  }
}
