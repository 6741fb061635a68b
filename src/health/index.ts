import type { Capability } from '../config/Capability'
import { endpoint, refuse } from '../http'
import { isDraining } from '../http/draining'
import { readiness } from './readiness'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * For load balancers and orchestrators: `/api/health` answers 200 while the
 * process runs (liveness, touches nothing); `/api/ready` answers 200 when the
 * database answers and its migrations are applied, else 503 in the one
 * refusal shape, so an instance gets traffic only once it can serve it, and no more once it is
 * stopping (SIGTERM).
 */
export const health: Capability = {
  collections: [],
  globals: [],
  tasks: [],
  endpoints: [
    {
      path: '/health',
      method: 'get',
      handler: endpoint('admin', () => Response.json({ status: 'ok' }, { headers: noStore })),
    },
    {
      path: '/ready',
      method: 'get',
      handler: endpoint('admin', async (req) => {
        if (isDraining()) return refuse(req, 503, 'errors.readiness.stopping')
        const state = await readiness(req.payload)
        if (state.ready) return Response.json({ status: 'ready' }, { headers: noStore })
        if (state.reason === 'database') return refuse(req, 503, 'errors.readiness.database')
        return refuse(req, 503, 'errors.readiness.migrations', { values: { missing: state.missing.join(', ') } })
      }),
    },
  ],
}
