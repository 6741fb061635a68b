import { formPage } from '@/components/forms/formPage'
import { SubscribeView } from '@/components/forms/SubscribeView'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

/** The mailing-list sign-up. */
const page = formPage({ path: '/subscribe', title: 'subscribe.title', View: SubscribeView })
export const generateMetadata = page.generateMetadata
export default page.Page
