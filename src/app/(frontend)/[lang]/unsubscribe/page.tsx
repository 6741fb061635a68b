import { formPage } from '@/components/forms/formPage'
import { UnsubscribeView } from '@/components/forms/UnsubscribeView'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

/** The unsubscribe link of every message. */
const page = formPage({ path: '/unsubscribe', title: 'unsubscribe.title', View: UnsubscribeView, carriesToken: true })
export const generateMetadata = page.generateMetadata
export default page.Page
