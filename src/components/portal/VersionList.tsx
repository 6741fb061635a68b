'use client'

import { directionOf, nativeNameOf } from '@/i18n/locales'
import { languageSlot, titleSlot } from '@/portal/versionSlots'
import type { VersionWords } from '@/portal/versionWords'

/** One language version as the list shows it (src/portal/versionRows.ts makes them). */
export type VersionRow = {
  language: string
  /** The download link: its address, the file's name to save as, and its text ("Download (DOCX, 12 kB)"). */
  file?: { href: string; filename: string; label: string }
  /** A version that is not reviewed: its mark's key in the words' marks. */
  status?: string
}

export type VersionListProps = { title: string; rows: VersionRow[]; words: VersionWords }

/**
 * Every language version of one material: its language, a download link or a plain "file coming
 * later", and an honest mark where the translation is not reviewed. Drawn here from rows of data
 * and words shared by the page: a server component's markup travels twice (as HTML and again in
 * the inline RSC payload), and the library lists some sixty versions (issue 13: the library
 * page's size). Nothing here is interactive; the HTML is the same as a server component's.
 */
export function VersionList({ title, rows, words }: VersionListProps) {
  if (!rows.length) return <p>{words.noVersions}</p>
  return (
    <ul className="versions">
      {rows.map((v) => {
        const name = nativeNameOf(v.language)
        return (
          <li key={v.language} className="versions__item">
            <span lang={v.language} dir={directionOf(v.language)} className="versions__language">
              {name}
            </span>{' '}
            {v.file ? (
              <a href={v.file.href} download={v.file.filename} hrefLang={v.language}>
                {v.file.label}
                <span className="visually-hidden">
                  {/* Functions, not strings, as replacements: a title may hold "$&". */}
                  {` ${words.downloadFor.replace(titleSlot, () => title).replace(languageSlot, () => name)}`}
                </span>
              </a>
            ) : (
              <span className="versions__nofile">{words.noFile}</span>
            )}{' '}
            {v.status && <span className={`status status--${v.status}`}>{words.marks[v.status]}</span>}
          </li>
        )
      })}
    </ul>
  )
}
