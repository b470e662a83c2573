import type { CollectionBeforeChangeHook } from 'payload'

import type { Order } from '../../src/payload-types'

const changers = ['bestallare', 'integrationer'] as const

/** Each saved version names who made the change, so the order's history shows it. */
export const recordChangedBy: CollectionBeforeChangeHook<Order> = ({ data, req }) => {
  const user = req.user as { collection?: string; id?: number | string } | null
  const collection = changers.find((slug) => slug === user?.collection)
  if (!user?.id || !collection) {
    return { ...data, senastAndradAv: null }
  }
  return { ...data, senastAndradAv: { relationTo: collection, value: user.id as number } }
}
