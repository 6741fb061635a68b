import { getTranslator } from '@/i18n/getTranslator'
import { contentLocales, directionOf } from '@/i18n/locales'
import type { MaterialVersionView } from '@/portal/loadMaterials'

import { StatusMark } from './StatusMark'

const nativeName = (code: string) => contentLocales.find((l) => l.code === code)?.nativeName ?? code

/** Every language version of one material: format, size and a download link, or a plain "file coming later". */
export async function MaterialVersions({
  lang,
  title,
  versions,
}: {
  lang: string
  title: string
  versions: MaterialVersionView[]
}) {
  const t = await getTranslator(lang, 'portal')
  if (!versions.length) return <p>{t('library.noVersions')}</p>
  const size = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })
  return (
    <ul className="versions">
      {versions.map((v) => (
        <li key={v.language} className="versions__item">
          <span lang={v.language} dir={directionOf(v.language)} className="versions__language">
            {nativeName(v.language)}
          </span>{' '}
          {v.file ? (
            <a href={v.file.url} download={v.file.filename} hrefLang={v.language}>
              {/* One text each, not seven: React separates adjacent texts with a comment in the HTML and
                  the page's inline RSC payload repeats every one of them (issue 13: the library's size). */}
              {`${t('library.download')} (${v.file.format.toUpperCase()}, ${size.format(Math.max(1, Math.round(v.file.size / 1024)))})`}
              <span className="visually-hidden">
                {` ${t('library.downloadFor', { title, language: nativeName(v.language) })}`}
              </span>
            </a>
          ) : (
            <span className="versions__nofile">{t('library.noFile')}</span>
          )}{' '}
          {/* Only a version that needs a mark renders one: each (async) StatusMark is a row of its own in the payload. */}
          {v.status && v.status !== 'reviewed' && <StatusMark lang={lang} status={v.status} />}
        </li>
      ))}
    </ul>
  )
}
