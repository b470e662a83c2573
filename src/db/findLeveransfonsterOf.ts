import type { PayloadRequest } from 'payload'

import type { Leveransfonster, Order } from '../payload-types'

import { getID } from './getID'
import { readOncePerRequest, rememberForRequest } from './requestReads'

const keyOf = (id: number | string) => `leveransfonster:${id}`

/** A leveransfönster by its ID, read once per request. */
export const findLeveransfonsterByID = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<Leveransfonster | null> =>
  readOncePerRequest({
    dependsOn: ['leveransfonster'],
    key: keyOf(id),
    load: () =>
      req.payload
        .find({
          collection: 'leveransfonster',
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

/** A leveransfönster the caller has already read, for the rest of the request. */
export const rememberLeveransfonster = ({
  fonster,
  req,
}: {
  fonster: Leveransfonster
  req: PayloadRequest
}): void =>
  rememberForRequest({
    dependsOn: ['leveransfonster'],
    key: keyOf(fonster.id),
    req,
    value: fonster,
  })

/** The delivery window an order names, for the times in its SMS and confirmation e-mail. */
export const findLeveransfonsterOf = async ({
  order,
  req,
}: {
  order: Pick<Order, 'leveransfonster'>
  req: PayloadRequest
}): Promise<Leveransfonster | null> => {
  const fonsterID = getID(order.leveransfonster)
  return fonsterID === null ? null : findLeveransfonsterByID({ id: fonsterID, req })
}
