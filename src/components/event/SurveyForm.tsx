'use client'

import { useEffect, useState } from 'react'

import { refusalMessage } from '../../http/refusalMessage'
import styles from './event.module.css'
import { respondentGroups, surveyEffects, type SurveyMessages } from './surveyMessages'

/**
 * The anonymous feedback survey. A flag in this browser's storage marks that
 * an answer was sent, as the norm of one answer per device; a shared device
 * can still answer again on purpose. Nothing identifying is sent or kept.
 */
export function SurveyForm({ token, lang, m }: { token: string; lang: string; m: SurveyMessages }) {
  const flag = `survey-answered:${token.slice(0, 12)}`
  const [state, setState] = useState<'form' | 'sending' | 'sent' | 'answered'>('form')
  const [error, setError] = useState('')
  useEffect(() => {
    // Storage exists only in the browser: reading it during render would make the server's HTML differ.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (window.localStorage.getItem(flag)) setState('answered')
  }, [flag])

  if (state === 'sent') return <p role="status">{m.thanks}</p>
  if (state === 'answered') {
    return (
      <>
        <p>{m.alreadyAnswered}</p>
        <button type="button" className={styles.button} onClick={() => setState('form')}>
          {m.answerAgain}
        </button>
      </>
    )
  }

  async function submit(form: HTMLFormElement) {
    const data = Object.fromEntries(new FormData(form).entries())
    setState('sending')
    setError('')
    try {
      const res = await fetch(`/api/event-survey/${encodeURIComponent(token)}?lang=${lang}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...data, language: lang }),
      })
      if (res.ok) {
        window.localStorage.setItem(flag, '1')
        setState('sent')
        return
      }
      const json = (await res.json().catch(() => null)) as { message?: string } | null
      setError(refusalMessage(json) ?? m.network)
    } catch {
      setError(m.network)
    }
    setState('form')
  }

  const effect = (name: 'dataCollectionEffect' | 'eventEffect') => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{m[name]}</legend>
      <div className={styles.choices}>
        {surveyEffects.map((value) => (
          <label key={value}>
            <input type="radio" name={name} value={value} />
            {m.effects[value]}
          </label>
        ))}
      </div>
    </fieldset>
  )

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit(e.currentTarget)
      }}
    >
      <div className={styles.field}>
        <label htmlFor="survey-group">{m.respondentGroup}</label>
        <select id="survey-group" name="respondentGroup" defaultValue="">
          <option value="">{m.chooseOne}</option>
          {respondentGroups.map((g) => (
            <option key={g} value={g}>
              {m.groups[g]}
            </option>
          ))}
        </select>
      </div>
      {effect('dataCollectionEffect')}
      {effect('eventEffect')}
      <div className={styles.field}>
        <label htmlFor="survey-intentions">{m.intentions}</label>
        <textarea id="survey-intentions" name="intentions" rows={4} maxLength={4000} />
      </div>
      <div className={styles.field}>
        <label htmlFor="survey-comments">{m.comments}</label>
        <textarea id="survey-comments" name="comments" rows={4} maxLength={4000} />
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button type="submit" className={styles.button} disabled={state === 'sending'}>
        {state === 'sending' ? m.sending : m.submit}
      </button>
    </form>
  )
}
