import { notFoundLanguage } from '@/components/portal/notFoundLanguage'
import { NotFoundPage } from '@/components/portal/NotFoundPage'

/** The site's own 404, in the language of the address, inside its header, navigation and footer. */
export default async function NotFound() {
  return <NotFoundPage lang={await notFoundLanguage()} />
}
