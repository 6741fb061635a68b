import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { FallbackNotice } from '@/components/portal/FallbackNotice'
import { MaterialVersions } from '@/components/portal/MaterialVersions'
import { Shell } from '@/components/portal/Shell'
import { StatusMark } from '@/components/portal/StatusMark'
import { getTranslator, textLanguage } from '@/i18n/getTranslator'
import { interfaceLocales } from '@/i18n/locales'
import { buildMetadata } from '@/portal/buildMetadata'
import { loadMaterials } from '@/portal/loadMaterials'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const [material] = await loadMaterials(await getPayload({ config }), textLanguage(lang, 'portal'), { slug })
  if (!material) return {}
  const c = await getTranslator(lang)
  return buildMetadata({
    lang,
    path: `/library/${slug}`,
    title: material.title,
    siteName: c('siteName'),
    description: material.description,
    languages: interfaceLocales,
  })
}

/** One material: what it is for, and every language version with its file or an honest "not yet". */
export default async function MaterialPage({ params }: Props) {
  const { lang, slug } = await params
  const textLang = textLanguage(lang, 'portal')
  const [material] = await loadMaterials(await getPayload({ config }), textLang, { slug })
  if (!material) notFound()
  const t = await getTranslator(textLang, 'portal')
  const titleLang = material.fellBack.has('title') ? 'fi' : undefined
  return (
    <Shell lang={lang} path={`/library/${slug}`} textLang={textLang}>
      <p>
        <a href={`/${lang}/library`}>{t('library.back')}</a>
      </p>
      <article>
        {material.fellBack.size > 0 && <FallbackNotice lang={textLang} />}
        <h1 lang={titleLang}>{material.title}</h1>
        <p className="part-label">{t(`parts.${material.part}`)}</p>
        {material.status !== 'missing' && <StatusMark lang={textLang} status={material.status} />}
        {material.description && (
          <p className="lead" lang={material.fellBack.has('description') ? 'fi' : undefined}>
            {material.description}
          </p>
        )}
        <h2>{t('library.languagesTitle')}</h2>
        <MaterialVersions lang={textLang} title={material.title} versions={material.versions} />
      </article>
    </Shell>
  )
}
