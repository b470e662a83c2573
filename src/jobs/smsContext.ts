import type { PayloadRequest } from 'payload'

import type { Konto, Order, Slutkund } from '../payload-types'

import { findLeveransfonsterOf } from '../db/findLeveransfonsterOf'
import { findSlutkundByID } from '../db/findSlutkundByID'
import { getID } from '../db/getID'
import { getKonto } from '../konto/getKonto'
import { dagenForeSms, narmarSigSms } from '../sms/templates'

export type SmsMall = 'dagen-fore' | 'narmar-sig'

export type SmsContext = {
  enhetID: null | number | string
  konto: Konto | null
  kontoID: null | number | string
  slutkund: Slutkund
}

/** The slutkund and konto of an order, or null when the slutkund is gone or in the trash. */
export const loadSmsContext = async ({
  order,
  req,
}: {
  order: Pick<Order, 'enhet' | 'konto' | 'slutkund'>
  req: PayloadRequest
}): Promise<null | SmsContext> => {
  const slutkundID = getID(order.slutkund)
  if (slutkundID === null) {
    return null
  }
  const slutkund = await findSlutkundByID({ id: slutkundID, req })
  if (!slutkund || slutkund.deletedAt) {
    return null
  }

  const kontoID = getID(order.konto) ?? getID(slutkund.konto)
  const konto = kontoID === null ? null : await getKonto({ id: kontoID, req })
  return { enhetID: getID(order.enhet) ?? getID(slutkund.enhet), konto, kontoID, slutkund }
}

export const buildSmsBody = async ({
  mall,
  order,
  req,
}: {
  mall: SmsMall
  order: Pick<Order, 'leveransdatum' | 'leveransfonster' | 'sparningslank'>
  req: PayloadRequest
}): Promise<string> => {
  if (mall === 'narmar-sig') {
    return narmarSigSms({ sparningslank: order.sparningslank || null })
  }

  const fonster = await findLeveransfonsterOf({ order, req })
  return dagenForeSms({ leveransdatum: order.leveransdatum, tider: fonster })
}
