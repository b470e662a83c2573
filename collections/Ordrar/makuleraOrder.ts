import type { Endpoint, PayloadRequest } from 'payload'

import type { PortalMessageKey } from '../../src/i18n/portalMessages'
import type { Order } from '../../src/payload-types'

import { asPortalUser } from '../../src/auth/roles'
import { isBeforeStopptid } from '../../src/delivery/isBeforeStopptid'
import { getRequestMessage } from './orderMessages'

export type MakuleraResult =
  | { doc: Order; kind: 'cancelled'; message: string }
  | { kind: 'refused'; message: string; status: 403 | 404 | 409 }

const refuse = ({
  key,
  req,
  status,
}: {
  key: PortalMessageKey
  req: PayloadRequest
  status: 403 | 404 | 409
}): MakuleraResult => ({ kind: 'refused', message: getRequestMessage({ key, req }), status })

const refusalOfStatus: Partial<Record<Order['status'], PortalMessageKey>> = {
  levererad: 'makulera.levererad',
  makulerad: 'makulera.redanMakulerad',
  'pa-vag': 'makulera.ejAktiv',
}

/**
 * Cancels an order for a portal user who may see it, while it is active and before its
 * stopptid; afterwards only Företagssupport can help, and the refusal says how to reach it.
 */
export const makuleraOrder = async ({
  id,
  now,
  req,
}: {
  id: number | string
  now: Date
  req: PayloadRequest
}): Promise<MakuleraResult> => {
  const user = asPortalUser(req.user)
  if (!user) {
    return refuse({ key: 'makulera.ejBehorig', req, status: 403 })
  }

  const visible = await req.payload.find({
    collection: 'ordrar',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: req.user,
    where: { id: { equals: id } },
  })
  const order = visible.docs[0]
  if (!order) {
    const { totalDocs } = await req.payload.count({
      collection: 'ordrar',
      overrideAccess: true,
      where: { id: { equals: id } },
    })
    return totalDocs > 0
      ? refuse({ key: 'makulera.ejBehorig', req, status: 403 })
      : refuse({ key: 'makulera.okand', req, status: 404 })
  }

  const refusal = refusalOfStatus[order.status]
  if (refusal) {
    return refuse({ key: refusal, req, status: 409 })
  }
  if (!isBeforeStopptid({ now, stopptid: order.stopptid })) {
    return refuse({ key: 'makulera.efterStopptid', req, status: 409 })
  }

  // The beställare has no update access on orders; this endpoint is its one way to cancel.
  const doc = await req.payload.update({
    collection: 'ordrar',
    data: { makuleradAv: user.id, makuleradTid: now.toISOString(), status: 'makulerad' },
    depth: 0,
    id: order.id,
    overrideAccess: true,
    req,
  })
  req.payload.logger.info({ msg: 'Order makulerad', orderID: order.id, userID: user.id })

  return { doc, kind: 'cancelled', message: getRequestMessage({ key: 'makulera.klar', req }) }
}

export const makuleraEndpoint: Endpoint = {
  handler: async (req) => {
    const id = req.routeParams?.id as string
    const result = await makuleraOrder({ id, now: new Date(), req })
    return result.kind === 'cancelled'
      ? Response.json({ doc: result.doc, message: result.message }, { status: 200 })
      : Response.json({ errors: [{ message: result.message }] }, { status: result.status })
  },
  method: 'post',
  path: '/:id/makulera',
}
