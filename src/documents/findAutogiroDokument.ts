import type { Payload, PayloadRequest } from 'payload'

import type { Dokument } from '../payload-types'

/** The autogiro form the slutkund form links to, read with the user's own access. */
export const findAutogiroDokument = async ({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<Dokument | null> => {
  const { docs } = await payload.find({
    collection: 'dokument',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    sort: '-updatedAt',
    user: req.user,
    where: { typ: { equals: 'autogiro' } },
  })
  return docs[0] ?? null
}
