import config from '@payload-config'
import { getPayload } from 'payload'

import { getTranslator } from '@/i18n/getTranslator'

export const revalidate = 60

export default async function Home({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = await getTranslator(lang)
  const payload = await getPayload({ config })
  const { totalDocs } = await payload.count({
    collection: 'municipalities',
    where: { phase: { in: ['pilot', 'continuation'] } },
    overrideAccess: false,
  })
  return (
    <main id="main">
      <h1>{t('siteName')}</h1>
      <p>{t('tagline')}</p>
      <p>{t('home.intro')}</p>
      <p>{t('home.stats', { count: totalDocs })}</p>
    </main>
  )
}
