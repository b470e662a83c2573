import type { Payload, TypedUser } from 'payload'

import { asPortalUser } from '../auth/roles'
import { getID } from '../db/getID'
import { findVisibleSlutkund } from './findVisibleSlutkund'
import { getSlutkundDelivery } from './getSlutkundDelivery'
import { handoffLifetimeMs } from './settings'
import { createHandoffToken, hashHandoffToken } from './tokens'

const dayMs = 24 * 60 * 60 * 1000

export type CreateHandoffResult =
  | { giltigTill: Date; kind: 'created'; token: string }
  | { kind: 'forbidden' }
  | { kind: 'missing' }
  | { kind: 'no-delivery' }

/**
 * A single-use hand-off of one slutkund from a portal user to the shop, valid ten minutes
 * from `now`. Only the token's keyed hash is stored.
 */
export const createHandoff = async ({
  now,
  payload,
  slutkundID,
  user,
}: {
  now: Date
  payload: Payload
  slutkundID: number | string
  user: TypedUser
}): Promise<CreateHandoffResult> => {
  const bestallare = asPortalUser(user)
  if (!bestallare) {
    return { kind: 'forbidden' }
  }

  const visible = await findVisibleSlutkund({ id: slutkundID, payload, user })
  if (visible.kind !== 'visible') {
    return visible
  }
  const { slutkund } = visible

  const delivery = await getSlutkundDelivery({ now, payload, slutkund })
  if (!delivery) {
    return { kind: 'no-delivery' }
  }

  // Spent and expired hand-offs are worthless; a day's grace keeps them for troubleshooting.
  await payload.db.deleteMany({
    collection: 'overlamningar',
    where: { giltigTill: { less_than: new Date(now.getTime() - dayMs).toISOString() } },
  })

  const token = createHandoffToken()
  const giltigTill = new Date(now.getTime() + handoffLifetimeMs)
  const handoff = await payload.create({
    collection: 'overlamningar',
    data: {
      bestallare: bestallare.id,
      enhet: getID(slutkund.enhet) as number,
      giltigTill: giltigTill.toISOString(),
      konto: getID(slutkund.konto) as number,
      slutkund: slutkund.id,
      tokenHash: hashHandoffToken({ secret: payload.secret, token }),
    },
    overrideAccess: true,
  })
  payload.logger.info({
    handoffID: handoff.id,
    msg: 'Överlämning till butik skapad',
    slutkundID: slutkund.id,
    userID: bestallare.id,
  })

  return { giltigTill, kind: 'created', token }
}
