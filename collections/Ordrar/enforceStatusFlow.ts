import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { OrderStatus } from '../../src/orderStatus'
import type { Order } from '../../src/payload-types'

import { getRequestMessage } from './orderMessages'

const forward: OrderStatus[] = ['mottagen', 'plockas', 'pa-vag', 'levererad']

export const isActiveStatus = (status: OrderStatus): boolean =>
  status !== 'levererad' && status !== 'makulerad'

/** Skipping a step is allowed (a shop may never report plockas); going back never is. */
export const canMoveStatus = ({ from, to }: { from: OrderStatus; to: OrderStatus }): boolean => {
  if (from === to) {
    return true
  }
  if (!isActiveStatus(from)) {
    return false
  }
  return to === 'makulerad' || forward.indexOf(to) > forward.indexOf(from)
}

/** Status moves only forward, and an order on its way carries its tracking link. */
export const enforceStatusFlow: CollectionBeforeChangeHook<Order> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) {
    return data
  }

  const from = originalDoc.status
  const to = data.status ?? from
  if (!canMoveStatus({ from, to })) {
    throw new ValidationError({
      collection: 'ordrar',
      errors: [{ message: getRequestMessage({ key: 'ordrar.statusBakat', req }), path: 'status' }],
      req,
    })
  }

  const sparningslank = data.sparningslank ?? originalDoc.sparningslank
  if (to === 'pa-vag' && from !== 'pa-vag' && !sparningslank) {
    throw new ValidationError({
      collection: 'ordrar',
      errors: [
        {
          message: getRequestMessage({ key: 'ordrar.sparningslankSaknas', req }),
          path: 'sparningslank',
        },
      ],
      req,
    })
  }

  if (to === 'makulerad' && from !== 'makulerad' && !data.makuleradTid) {
    return { ...data, makuleradTid: new Date().toISOString() }
  }
  return data
}
