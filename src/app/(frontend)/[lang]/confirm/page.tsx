import { ConfirmView } from '@/components/forms/ConfirmView'
import { formPage } from '@/components/forms/formPage'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

/** The confirmation link of a sign-up. */
const page = formPage({ path: '/confirm', title: 'confirm.title', View: ConfirmView, carriesToken: true })
export const generateMetadata = page.generateMetadata
export default page.Page
