import { ResultNotice } from './ResultNotice'
import { SubmitButton } from './SubmitButton'

type Props = {
  lang: string
  action: string
  token: string
  title: string
  intro: string
  button: string
  /** Shown instead of the form when the link was missing, forged or expired. */
  invalid?: string
  /** Where the visitor can start again when the link no longer works. */
  again?: { href: string; label: string }
}

/**
 * Links in mail open a page with a button instead of acting on GET: mail
 * scanners that prefetch links must not confirm or delete anything.
 */
export function TokenActionPage({ lang, action, token, title, intro, button, invalid, again }: Props) {
  if (!token || invalid) {
    return (
      <ResultNotice title={title}>
        <p>{invalid}</p>
        {again && (
          <p>
            <a href={again.href}>{again.label}</a>
          </p>
        )}
      </ResultNotice>
    )
  }
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      <form method="post" action={action}>
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton label={button} />
      </form>
    </>
  )
}
