'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useId, useRef, useState } from 'react'

import styles from './DocumentLinks.module.css'

type Labels = {
  heading: string
  label: string
  hint: string
  button: string
  chooseFirst: string
  reading: string
  openReport: string
  network: string
}

type Props = { sessionId: string; language: string; labels: Labels }

type Outcome =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'created'; message: string; reportId: string }
  | { state: 'refused'; message: string }

/**
 * Sends a filled-in scribe form to the session's upload endpoint and shows
 * the answer in place: the draft report made from it, with a link, or the
 * refusal in the admin's language. Not a <form>: it sits inside Payload's own
 * edit form, and a form inside a form is invalid HTML that the browser drops
 * (the page reloaded with ?file= and React could not hydrate).
 */
export function ScribeFormUpload({ sessionId, language, labels }: Props) {
  const { config } = useConfig()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' })

  async function upload() {
    if (outcome.state === 'reading') return
    const file = input.current?.files?.[0]
    if (!file) {
      setOutcome({ state: 'refused', message: labels.chooseFirst })
      input.current?.focus()
      return
    }
    setOutcome({ state: 'reading' })
    const body = new FormData()
    body.append('file', file, file.name)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/documents/sessions/${sessionId}/scribe-form`, {
        method: 'POST',
        body,
        credentials: 'include',
        // The answer's sentence comes in the language the admin is shown in, not the browser's.
        headers: { 'Accept-Language': language },
      })
      const answer = (await res.json().catch(() => ({}))) as {
        message?: string
        doc?: { id: string | number }
        errors?: { message?: string }[]
      }
      if (res.ok && answer.doc) {
        setOutcome({ state: 'created', message: answer.message ?? '', reportId: String(answer.doc.id) })
        if (input.current) input.current.value = ''
      } else {
        setOutcome({ state: 'refused', message: answer.errors?.[0]?.message ?? answer.message ?? labels.network })
      }
    } catch {
      setOutcome({ state: 'refused', message: labels.network })
    }
  }

  return (
    <div role="group" aria-labelledby={`${id}-heading`} className={styles.upload}>
      <h4 id={`${id}-heading`} className={styles.uploadHeading}>
        {labels.heading}
      </h4>
      <label htmlFor={`${id}-file`} className={styles.label}>
        {labels.label}
      </label>
      <p id={`${id}-hint`} className={styles.note}>
        {labels.hint}
      </p>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        className={styles.file}
        aria-describedby={`${id}-hint`}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={() => setOutcome({ state: 'idle' })}
      />
      <Button
        type="button"
        buttonStyle="secondary"
        size="small"
        margin={false}
        onClick={upload}
        extraButtonProps={{ 'aria-disabled': outcome.state === 'reading' }}
      >
        {labels.button}
      </Button>
      <div role="status" className={styles.status} data-outcome={outcome.state}>
        {outcome.state === 'reading' ? labels.reading : null}
        {outcome.state === 'refused' ? <p className={styles.refused}>{outcome.message}</p> : null}
        {outcome.state === 'created' ? (
          <p className={styles.created}>
            {outcome.message}{' '}
            <a href={`${config.routes.admin}/collections/reports/${outcome.reportId}`}>{labels.openReport}</a>
          </p>
        ) : null}
      </div>
    </div>
  )
}
