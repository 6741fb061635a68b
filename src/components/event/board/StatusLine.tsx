'use client'

import styles from '../event.module.css'

/** The last answer the server kept (announced politely) and the last refusal (announced at once). */
export function StatusLine({ status, error }: { status: string; error: string }) {
  return (
    <>
      <p className={styles.status} role="status">
        {status}
      </p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </>
  )
}
