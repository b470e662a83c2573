import type { PayloadRequest } from 'payload'

import type { Slutkund } from '../payload-types'

import { readOncePerRequest } from './requestReads'

/**
 * A slutkund by its ID as stored (depth 0, also when in the trash: callers check
 * `deletedAt`), read once per request: an order's hooks all need it.
 */
export const findSlutkundByID = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<null | Slutkund> =>
  readOncePerRequest({
    dependsOn: ['slutkunder', 'konton'],
    key: `slutkund:${id}`,
    load: () =>
      req.payload
        .find({
          collection: 'slutkunder',
          depth: 0,
          limit: 1,
          overrideAccess: true,
          pagination: false,
          req,
          trash: true,
          where: { id: { equals: id } },
        })
        .then(({ docs }) => (docs[0] as Slutkund | undefined) ?? null),
    req,
  })
