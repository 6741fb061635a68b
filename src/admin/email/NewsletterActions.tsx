'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import en from '../../../locales/en/email.json'
import fi from '../../../locales/fi/email.json'
import sv from '../../../locales/sv/email.json'
import { refusalMessage } from '../../http/refusalMessage'

const strings = { en: en.admin, fi: fi.admin, sv: sv.admin }

function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))
}

/** Send-a-test and send buttons on a newsletter, with live progress while the job runs. */
export function NewsletterActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const s = strings[(i18n.language as keyof typeof strings) ?? 'en'] ?? strings.en
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<{ total: number; sent: number; failed: number; status?: string } | null>(
    null,
  )

  useEffect(() => {
    if (!id) return
    let stop = false
    const poll = async () => {
      const res = await fetch(`/api/newsletters/${id}?depth=0`, { credentials: 'include' })
      if (!res.ok || stop) return
      const doc = await res.json()
      setProgress({ ...(doc.progress ?? { total: 0, sent: 0, failed: 0 }), status: doc.status })
      if (doc.status === 'sending') setTimeout(poll, 2000)
    }
    void poll()
    return () => {
      stop = true
    }
  }, [id, message])

  if (!id) return <p>{s.notFound}</p>

  const call = async (action: 'test' | 'send') => {
    if (action === 'send' && !window.confirm(s.confirmSend)) return
    setBusy(true)
    try {
      const res = await fetch(`/api/email/newsletters/${id}/${action}`, { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      setMessage(res.ok ? body.message : format(s.failed, { message: refusalMessage(body) ?? res.statusText }))
    } finally {
      setBusy(false)
    }
  }

  const current = progress?.status ?? status
  return (
    <div className="newsletter-actions">
      <Button buttonStyle="secondary" disabled={busy} onClick={() => call('test')}>
        {s.sendTest}
      </Button>
      {current !== 'sent' && (
        <Button disabled={busy} onClick={() => call('send')}>
          {current === 'sending' ? s.resume : s.send}
        </Button>
      )}
      {progress && progress.total > 0 && <p>{format(s.progress, progress)}</p>}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
