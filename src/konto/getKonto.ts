import type { PayloadRequest } from 'payload'

import type { Konto } from '../payload-types'

import { readOncePerRequest } from '../db/requestReads'

/** A konto by its ID, read once per request: every slutkund of a list shares it. */
export const getKonto = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<Konto | null> =>
  readOncePerRequest({
    dependsOn: ['konton'],
    key: `konto:${id}`,
    load: () =>
      req.payload
        .find({
          collection: 'konton',
          depth: 0,
          limit: 1,
          overrideAccess: true,
          pagination: false,
          req,
          where: { id: { equals: id } },
        })
        .then(({ docs }) => docs[0] ?? null),
    req,
  })
