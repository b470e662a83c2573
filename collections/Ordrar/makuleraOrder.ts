import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, NotFound } from 'payload'

import type { PortalMessageKey } from '../../src/i18n/portalMessages'
import type { Order } from '../../src/payload-types'

import { asPortalUser } from '../../src/auth/roles'
import { isBeforeStopptid } from '../../src/delivery/isBeforeStopptid'
import { getRequestMessage } from './orderMessages'

const refuse = ({
  key,
  req,
  status,
}: {
  key: PortalMessageKey
  req: PayloadRequest
  status: number
}) => new APIError(getRequestMessage({ key, req }), status, null, true)

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
}): Promise<{ doc: Order; message: string }> => {
  const user = asPortalUser(req.user)
  if (!user) {
    throw refuse({ key: 'makulera.ejBehorig', req, status: 403 })
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
    throw totalDocs > 0
      ? refuse({ key: 'makulera.ejBehorig', req, status: 403 })
      : new NotFound(req.t)
  }

  const refusal = refusalOfStatus[order.status]
  if (refusal) {
    throw refuse({ key: refusal, req, status: 409 })
  }
  if (!isBeforeStopptid({ now, stopptid: order.stopptid })) {
    throw refuse({ key: 'makulera.efterStopptid', req, status: 409 })
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

  return { doc, message: getRequestMessage({ key: 'makulera.klar', req }) }
}

export const makuleraEndpoint: Endpoint = {
  handler: async (req) => {
    const id = req.routeParams?.id as string
    const result = await makuleraOrder({ id, now: new Date(), req })
    return Response.json(result, { status: 200 })
  },
  method: 'post',
  path: '/:id/makulera',
}
