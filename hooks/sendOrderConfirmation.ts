import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../src/payload-types'

import { findLeveransfonsterOf } from '../src/db/findLeveransfonsterOf'
import { sendLoggedEmail } from '../src/email/sendLoggedEmail'
import { orderConfirmationEmail } from '../src/email/templates'
import { loadSmsContext } from '../src/jobs/smsContext'

/** A copy of the order confirmation and receipt to each address the slutkund asked for. */
export const sendOrderConfirmation: CollectionAfterChangeHook<Order> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') {
    return doc
  }
  const context = await loadSmsContext({ order: doc, req })
  const adresser = (context?.slutkund.kopiaOrderbekraftelse ?? [])
    .map(({ epost }) => epost.trim())
    .filter((epost) => epost !== '')
  if (!context || adresser.length === 0) {
    return doc
  }

  const fonster = await findLeveransfonsterOf({ order: doc, req })
  const content = orderConfirmationEmail({
    leveranstid: fonster ? `${fonster.starttid}–${fonster.sluttid}` : null,
    order: doc,
    slutkundNamn: `${context.slutkund.fornamn} ${context.slutkund.efternamn}`,
  })

  for (const [index, to] of adresser.entries()) {
    await sendLoggedEmail({
      content,
      dedupeKey: `orderbekraftelse/${doc.id}-${index + 1}`,
      mall: 'orderbekraftelse',
      payload: req.payload,
      refs: {
        enhet: context.enhetID,
        konto: context.kontoID,
        order: doc.id,
        slutkund: context.slutkund.id,
      },
      req,
      to,
    })
  }
  return doc
}
