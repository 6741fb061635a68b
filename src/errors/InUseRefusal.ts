import type { LanguageRequest } from '../http/requestLanguage'
import { requestLanguage } from '../http/requestLanguage'
import { translate } from '../i18n/translate'
import { Refusal } from './Refusal'

/** What still points at a record, by the name of its kind in `errors.records.*`. */
export type Use = { records: string; count: number }

/** "2 reports and 1 experience card", in the language and with the plurals and list words of `lang`. */
function listUses(lang: string, uses: Use[]): string {
  const parts = uses.map((u) => translate(lang, `errors.records.${u.records}`, { count: u.count }))
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(parts)
}

/**
 * A delete refused while other records still need the record (409). Without it SQLite fails with a
 * constraint error (a 500) and MongoDB keeps records pointing at nothing.
 */
export class InUseRefusal extends Refusal {
  readonly uses: Use[]

  constructor(req: LanguageRequest | null | undefined, uses: Use[]) {
    const lang = req ? requestLanguage(req, 'admin') : 'fi'
    super(req, 409, 'errors.inUse', { uses: listUses(lang, uses) })
    this.name = 'InUseRefusal'
    this.uses = uses
  }

  messageIn(lang: string): string {
    return translate(lang, this.key, { uses: listUses(lang, this.uses) })
  }
}
