import type { PayloadRequest } from 'payload'

import type { Slutkund } from '../payload-types'

import { findByIDOncePerRequest } from './requestReads'

/**
 * A slutkund by its ID as stored (depth 0, also when in the trash: callers check
 * `deletedAt`), read once per request: an order's hooks all need it. Its afterRead reads
 * the konto, so a konto write forgets it too.
 */
export const findSlutkundByID = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<null | Slutkund> =>
  findByIDOncePerRequest({ collection: 'slutkunder', dependsOn: ['konton'], id, req, trash: true })
