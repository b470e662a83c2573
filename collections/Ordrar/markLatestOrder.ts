import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../src/payload-types'

import { getID } from '../../src/db/getID'

/**
 * Keeps `senaste` true on a slutkund's newest order only, so the start page reads the latest
 * status of a page of slutkunder in one query. Written straight to the database: the flag
 * is bookkeeping, not a change anyone made, so it runs no hooks and makes no version.
 */
export const markLatestOrder: CollectionAfterChangeHook<Order> = async ({
  doc,
  operation,
  req,
}) => {
  const slutkundID = getID(doc.slutkund)
  if (operation !== 'create' || slutkundID === null) {
    return doc
  }

  await req.payload.db.updateMany({
    collection: 'ordrar',
    data: { senaste: false },
    req,
    returning: false,
    where: {
      and: [
        { slutkund: { equals: slutkundID } },
        { id: { not_equals: doc.id } },
        { senaste: { equals: true } },
        { createdAt: { less_than_equal: doc.createdAt } },
      ],
    },
  })
  return doc
}
