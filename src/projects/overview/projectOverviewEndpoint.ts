import type { Endpoint } from 'payload'

import { endpoint, refuse } from '../../http'
import { projectOverview } from './projectOverview'

/** GET /api/project-overview/:id — the overview's numbers as JSON, read as the signed-in person. */
export const projectOverviewEndpoint: Endpoint = {
  path: '/project-overview/:id',
  method: 'get',
  handler: endpoint('admin', async (req) => {
    if (!req.user) return refuse(req, 401, 'event:errors.signIn')
    const overview = await projectOverview(req.payload, req, String(req.routeParams?.id ?? ''))
    if (!overview) return refuse(req, 404, 'event:errors.notFound')
    return Response.json(overview, { headers: { 'Cache-Control': 'no-store' } })
  }),
}
