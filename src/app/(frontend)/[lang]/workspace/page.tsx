import { formPage } from '@/components/forms/formPage'
import { WorkspaceView } from '@/components/forms/WorkspaceView'

// The page answers what its query string says (a result, an error, a token): rendered for each request.
export const dynamic = 'force-dynamic'

/** The request to join the partners' workspace. */
const page = formPage({ path: '/workspace', title: 'workspace.title', View: WorkspaceView })
export const generateMetadata = page.generateMetadata
export default page.Page
