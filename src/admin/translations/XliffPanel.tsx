'use client'

import { useId, useState } from 'react'

import { refusalMessage } from '../../http/refusalMessage'

type Outcome = { id: string; reason?: string }
type Report = { message: string; updated: Outcome[]; skipped: Outcome[]; refused: Outcome[] }

export type XliffPanelText = {
  title: string
  intro: string
  language: string
  export: string
  import: string
  file: string
  importing: string
  updated: string
  skipped: string
  refused: string
}

/**
 * Export and import of XLIFF for one language. The export is a plain download
 * link; the import posts the chosen file and shows the report the server wrote
 * (its messages come in the admin's language from the endpoint).
 */
export function XliffPanel({
  apiRoute,
  languages,
  text,
  lang,
}: {
  apiRoute: string
  languages: { code: string; name: string }[]
  text: XliffPanelText
  lang: string
}) {
  const [language, setLanguage] = useState(languages[0]?.code ?? '')
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const ids = { language: useId(), file: useId(), title: useId() }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0]
    if (!file) return
    setBusy(true)
    setReport(null)
    setError(null)
    const body = new FormData()
    body.append('file', file)
    const res = await fetch(`${apiRoute}/translations/xliff?language=${language}&lang=${lang}`, {
      method: 'POST',
      body,
      credentials: 'include',
    })
    const json = await res.json().catch(() => null)
    setBusy(false)
    if (res.ok && json) setReport(json as Report)
    else setError(refusalMessage(json) ?? String(res.status))
  }

  const list = (heading: string, items: Outcome[]) =>
    items.length ? (
      <>
        <h3>
          {heading} ({items.length})
        </h3>
        <ul>
          {items.map((o) => (
            <li key={o.id}>
              <code>{o.id}</code>
              {o.reason ? ` – ${o.reason}` : ''}
            </li>
          ))}
        </ul>
      </>
    ) : null

  return (
    <section aria-labelledby={ids.title} className="xliff-panel">
      <h2 id={ids.title}>{text.title}</h2>
      <p>{text.intro}</p>
      <form onSubmit={onSubmit} className="translations-view__controls">
        <div>
          <label htmlFor={ids.language}>{text.language}</label>
          <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <a
          className="btn btn--style-secondary btn--size-medium"
          href={`${apiRoute}/translations/xliff?language=${language}&lang=${lang}`}
          download
        >
          {text.export}
        </a>
        <div>
          <label htmlFor={ids.file}>{text.file}</label>
          <input
            id={ids.file}
            name="file"
            type="file"
            accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
            required
          />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {busy ? text.importing : text.import}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {error ? <p className="xliff-panel__error">{error}</p> : null}
        {report ? (
          <>
            <p>{report.message}</p>
            {list(text.updated, report.updated)}
            {list(text.skipped, report.skipped)}
            {list(text.refused, report.refused)}
          </>
        ) : null}
      </div>
    </section>
  )
}
