import type { PayloadRequest } from 'payload'

import type { Leveransfonster, Order } from '../payload-types'

import { getID } from './getID'
import { findByIDOncePerRequest, rememberForRequest, requestReadKey } from './requestReads'

/** A leveransfönster by its ID, read once per request. */
export const findLeveransfonsterByID = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<Leveransfonster | null> =>
  findByIDOncePerRequest({ collection: 'leveransfonster', id, req })

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
    key: requestReadKey('leveransfonster', fonster.id),
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
