import type { Endpoint } from 'payload'

import { Forbidden } from 'payload'

import { asPortalUser } from '../auth/roles'
import { findVisibleSlutkunder } from './findVisibleSlutkunder'
import { parseStartPageQuery } from './startPageQuery'

/**
 * `GET /api/startsida?enhet=&sok=&sortera=&sida=&antal=`: the start page's data as JSON,
 * for the portal's own scripts, integration tests and the benchmark.
 */
export const startPageEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user || !asPortalUser(req.user)) {
      throw new Forbidden(req.t)
    }
    const data = await findVisibleSlutkunder({
      now: new Date(),
      payload: req.payload,
      query: parseStartPageQuery(new URL(req.url ?? '/', 'http://localhost').searchParams),
      user: req.user,
    })
    return Response.json(data, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: '/startsida',
}
