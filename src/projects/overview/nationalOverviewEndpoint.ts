import type { Endpoint } from 'payload'

import { actorOf } from '../../access/roles'
import { refuse } from '../http/refuse'
import { nationalOverview } from './nationalOverview'

/** GET /api/national-overview — admins only; aggregated with small counts withheld. */
export const nationalOverviewEndpoint: Endpoint = {
  path: '/national-overview',
  method: 'get',
  handler: async (req) => {
    if (actorOf(req)?.role !== 'admin') return refuse(req, req.user ? 403 : 401, req.user ? 'forbidden' : 'signIn')
    return Response.json(await nationalOverview(req.payload), { headers: { 'Cache-Control': 'no-store' } })
  },
}
