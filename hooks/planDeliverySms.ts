import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Order } from '../src/payload-types'

import { getNow } from '../src/jobs/getNow'
import { cancelPlannedSms, planSms } from '../src/jobs/planSms'
import { loadSmsContext } from '../src/jobs/smsContext'
import {
  getDagenForeTidpunkt,
  getLeveransDatum,
  resolveDagenForeTid,
} from '../src/jobs/smsSchedule'

const planDagenFore = async ({ order, req }: { order: Order; req: PayloadRequest }) => {
  const context = await loadSmsContext({ order, req })
  const planeradTid = getDagenForeTidpunkt({
    leveransdatum: order.leveransdatum,
    now: getNow(req),
    tid: resolveDagenForeTid({ konto: context?.konto }),
  })
  if (planeradTid) {
    await planSms({ mall: 'dagen-fore', order, planeradTid, req })
    return
  }
  // Moved to today or earlier: "i morgon" would no longer be true.
  await cancelPlannedSms({ mall: 'dagen-fore', order: order.id, req })
}

/**
 * The resident's SMS follow the order: the day-before SMS is planned when the order arrives
 * and re-planned when its delivery moves, the driver-is-near SMS goes when it is `pa-vag`,
 * and whatever is still waiting is dropped when the order is cancelled.
 */
export const planDeliverySms: CollectionAfterChangeHook<Order> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (doc.status === 'makulerad') {
    if (operation === 'create' || previousDoc?.status !== 'makulerad') {
      await cancelPlannedSms({ order: doc.id, req })
    }
    return doc
  }

  if (operation === 'create') {
    await planDagenFore({ order: doc, req })
    if (doc.status === 'pa-vag') {
      await planSms({ mall: 'narmar-sig', order: doc, planeradTid: getNow(req), req })
    }
    return doc
  }

  if (
    previousDoc &&
    getLeveransDatum(previousDoc.leveransdatum) !== getLeveransDatum(doc.leveransdatum)
  ) {
    await planDagenFore({ order: doc, req })
  }
  if (doc.status === 'pa-vag' && previousDoc?.status !== 'pa-vag') {
    await cancelPlannedSms({ order: doc.id, req })
    await planSms({ mall: 'narmar-sig', order: doc, planeradTid: getNow(req), req })
  }
  return doc
}
