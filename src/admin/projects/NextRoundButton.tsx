'use client'

import { useState } from 'react'

import { refusalMessage } from '../../http/refusalMessage'

/** Starts the next round through the API and opens its overview. */
export function NextRoundButton({ projectId, label, failed }: { projectId: string; label: string; failed: string }) {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <div>
      <button
        type="button"
        className="btn btn--style-primary btn--size-medium"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          setError('')
          const res = await fetch(`/api/project-next-round/${projectId}`, { method: 'POST', credentials: 'include' })
          const json = await res.json().catch(() => null)
          setBusy(false)
          if (res.ok && json?.id) window.location.assign(`/admin/project-overview/${json.id}`)
          else setError(refusalMessage(json) ?? failed)
        }}
      >
        {label}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
