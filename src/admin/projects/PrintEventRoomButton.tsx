'use client'

/**
 * Prints only the event room's sheet (the QR codes) on one A4: the print
 * stylesheet in custom.scss keys on the body's data-print while the dialog is open.
 */
export function PrintEventRoomButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-medium project-overview__print"
      onClick={() => {
        document.body.dataset.print = 'event-room'
        const done = () => {
          delete document.body.dataset.print
          window.removeEventListener('afterprint', done)
        }
        window.addEventListener('afterprint', done)
        window.print()
      }}
    >
      {label}
    </button>
  )
}
