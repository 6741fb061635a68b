'use client'

import { type ReactNode, useEffect } from 'react'

import { repairAdminMarkup, type RepairLabels } from './repairAdminMarkup'

/**
 * Applies the repairs after React has hydrated the page (so server and client
 * markup agree) and again whenever Payload renders more of it: a drawer, a new
 * array row, the next page of a list.
 */
export function AccessibleAdminClient({ labels, children }: { labels: RepairLabels; children?: ReactNode }) {
  useEffect(() => {
    let queued = false
    const run = () => {
      queued = false
      repairAdminMarkup(document, labels)
    }
    run()
    const observer = new MutationObserver(() => {
      if (queued) return
      queued = true
      requestAnimationFrame(run)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [labels])
  return <>{children}</>
}
