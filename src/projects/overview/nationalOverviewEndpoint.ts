import type { Endpoint } from 'payload'

import { actorOf } from '../../access/roles'
import { endpoint, refuse } from '../../http'
import { nationalOverview } from './nationalOverview'

/** GET /api/national-overview — admins only; aggregated with small counts withheld. */
export const nationalOverviewEndpoint: Endpoint = {
  path: '/national-overview',
  method: 'get',
  handler: endpoint('admin', async (req) => {
    if (actorOf(req)?.role !== 'admin')
      return refuse(req, req.user ? 403 : 401, req.user ? 'event:errors.forbidden' : 'event:errors.signIn')
    return Response.json(await nationalOverview(req.payload), { headers: { 'Cache-Control': 'no-store' } })
  }),
}
