import { formPage } from '@/components/forms/formPage'
import { MyDataView } from '@/components/forms/MyDataView'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

/** A subscriber’s own data: export by e-mail and deletion. */
const page = formPage({ path: '/my-data', title: 'myData.title', View: MyDataView, carriesToken: true })
export const generateMetadata = page.generateMetadata
export default page.Page
