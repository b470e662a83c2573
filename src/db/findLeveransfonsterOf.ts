import type { PayloadRequest } from 'payload'

import type { Leveransfonster, Order } from '../payload-types'

import { getID } from './getID'

/** The delivery window an order names, for the times in its SMS and confirmation e-mail. */
export const findLeveransfonsterOf = async ({
  order,
  req,
}: {
  order: Pick<Order, 'leveransfonster'>
  req: PayloadRequest
}): Promise<Leveransfonster | null> => {
  const fonsterID = getID(order.leveransfonster)
  if (fonsterID === null) {
    return null
  }
  const { docs } = await req.payload.find({
    collection: 'leveransfonster',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: fonsterID } },
  })
  return docs[0] ?? null
}
