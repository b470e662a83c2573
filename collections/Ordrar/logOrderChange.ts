import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../src/payload-types'

import { getID } from '../../src/db/getID'

/** Audit lines with ids only: an order's status changes and who made them. */
export const logOrderChange: CollectionAfterChangeHook<Order> = ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const changedBy = doc.senastAndradAv
    ? { collection: doc.senastAndradAv.relationTo, id: getID(doc.senastAndradAv.value) }
    : null

  if (operation === 'create') {
    req.payload.logger.info({ changedBy, msg: 'Order mottagen', orderID: doc.id })
  } else if (previousDoc?.status !== doc.status) {
    req.payload.logger.info({
      changedBy,
      from: previousDoc?.status,
      msg: 'Orderstatus ändrad',
      orderID: doc.id,
      to: doc.status,
    })
  }
  return doc
}
