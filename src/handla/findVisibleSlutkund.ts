import type { Payload, TypedUser } from 'payload'

import type { Slutkund } from '../payload-types'

export type VisibleSlutkund =
  { kind: 'forbidden' } | { kind: 'missing' } | { kind: 'visible'; slutkund: Slutkund }

/** The slutkund as the user's own access rules let it be read, or why not. */
export const findVisibleSlutkund = async ({
  id,
  payload,
  user,
}: {
  id: number | string
  payload: Payload
  user: TypedUser
}): Promise<VisibleSlutkund> => {
  const visible = await payload.find({
    collection: 'slutkunder',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user,
    where: { id: { equals: id } },
  })
  if (visible.docs[0]) {
    return { kind: 'visible', slutkund: visible.docs[0] }
  }

  const { totalDocs } = await payload.count({
    collection: 'slutkunder',
    overrideAccess: true,
    where: { id: { equals: id } },
  })
  return totalDocs > 0 ? { kind: 'forbidden' } : { kind: 'missing' }
}
