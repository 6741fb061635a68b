'use client'
import React, { useId, useState } from 'react'

type Props = { sessionId: string; label: string; button: string }

/** Sends a filled-in scribe form to the session's upload endpoint and shows the portal's answer as it is. */
export function ScribeFormUpload({ sessionId, label, button }: Props) {
  const inputId = useId()
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`/api/documents/sessions/${sessionId}/scribe-form`, {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setMessage({ text: body.message ?? body.errors?.[0]?.message ?? String(res.status), ok: res.ok })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name="file"
        type="file"
        required
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      />
      <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
        {button}
      </button>
      <p role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </form>
  )
}
