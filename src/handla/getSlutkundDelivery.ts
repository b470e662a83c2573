import type { Payload } from 'payload'

import type { Delivery } from '../delivery/types'
import type { Leveransfonster, Slutkund } from '../payload-types'

import { getID } from '../db/getID'
import { getNextDeliveryOf } from '../delivery/getNextDelivery'

export type SlutkundDelivery = Delivery & { fonster: Leveransfonster }

/** The next delivery among the slutkund's active leveransfönster, seen from `now`. */
export const getSlutkundDelivery = async ({
  now,
  payload,
  slutkund,
}: {
  now: Date
  payload: Payload
  slutkund: Pick<Slutkund, 'leveransfonster'>
}): Promise<null | SlutkundDelivery> => {
  const ids = (slutkund.leveransfonster ?? []).map((value) => getID(value))
  if (ids.length === 0) {
    return null
  }

  const { docs } = await payload.find({
    collection: 'leveransfonster',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ id: { in: ids } }, { aktiv: { not_equals: false } }] },
  })
  const next = getNextDeliveryOf({ fonster: docs, now })
  return next ? { ...next, fonster: docs[next.index] } : null
}
