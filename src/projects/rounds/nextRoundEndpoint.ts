import type { Endpoint } from 'payload'

import { endpoint, refuse } from '../../http'
import { NextRoundError, startNextRound } from './startNextRound'

/** POST /api/project-next-round/:id — the "start the next round" button. */
export const nextRoundEndpoint: Endpoint = {
  path: '/project-next-round/:id',
  method: 'post',
  handler: endpoint('admin', async (req) => {
    if (!req.user) return refuse(req, 401, 'event:errors.signIn')
    try {
      const project = await startNextRound(req.payload, req, String(req.routeParams?.id ?? ''))
      return Response.json({ id: project.id, round: project.round, title: project.title }, { status: 201 })
    } catch (error) {
      if (error instanceof NextRoundError) {
        const status = error.reason === 'notFound' ? 404 : error.reason === 'forbidden' ? 403 : 409
        return refuse(req, status, `event:errors.nextRound.${error.reason}`)
      }
      throw error
    }
  }),
}
