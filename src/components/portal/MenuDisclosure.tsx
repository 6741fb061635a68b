'use client'

import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

/**
 * On a narrow screen the navigation and search fold behind one button (a
 * disclosure: a real button with aria-expanded and aria-controls, opened by
 * Enter or Space, closed again by Escape with focus back on the button). On a
 * wide screen, or without JavaScript, the button is hidden by the stylesheet
 * and the menu is simply shown.
 */
export function MenuDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      if (panel.current?.contains(document.activeElement)) button.current?.focus()
    }
    document.addEventListener('keydown', close)
    return () => document.removeEventListener('keydown', close)
  }, [open])
  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span className="menu-button__icon" aria-hidden="true" />
        {label}
      </button>
      <div ref={panel} id={id} className={open ? 'site-menu site-menu--open' : 'site-menu'}>
        {children}
      </div>
    </>
  )
}
