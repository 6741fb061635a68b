import type { Metadata } from 'next'

import { notFoundLanguage } from '@/components/portal/notFoundLanguage'
import { NotFoundPage } from '@/components/portal/NotFoundPage'
import { getTranslator } from '@/i18n/getTranslator'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await notFoundLanguage())
  return { title: `${t('notFound.title')} – ${t('siteName')}` }
}

/** The site's own 404, in the language of the address, inside its header, navigation and footer. */
export default async function NotFound() {
  return <NotFoundPage lang={await notFoundLanguage()} />
}
