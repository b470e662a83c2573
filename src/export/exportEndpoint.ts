import type { Endpoint } from 'payload'

import { Forbidden } from 'payload'

import { asPortalUser } from '../auth/roles'
import { exportSlutkunderCsv } from './exportSlutkunder'

/** `GET /api/slutkunder/export`: the user's slutkunder as a CSV download. */
export const exportSlutkunderEndpoint: Endpoint = {
  handler: async (req) => {
    if (!asPortalUser(req.user)) {
      throw new Forbidden(req.t)
    }

    const csv = await exportSlutkunderCsv({ req })
    const datum = new Date().toISOString().slice(0, 10)
    req.payload.logger.info({ msg: 'Slutkunder exported', userID: req.user?.id })
    return new Response(csv, {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="slutkunder-${datum}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/export',
}
