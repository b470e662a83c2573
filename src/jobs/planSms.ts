import type { PayloadRequest, Where } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Order, Utskick } from '../payload-types'
import type { SmsMall } from './smsContext'

import { resolveSmsRecipient } from '../sms/resolveSmsRecipient'
import { sendSmsTaskSlug, smsQueue } from './constants'
import { buildSmsBody, loadSmsContext } from './smsContext'

type PlannableOrder = Pick<
  Order,
  'enhet' | 'id' | 'konto' | 'leveransdatum' | 'leveransfonster' | 'slutkund' | 'sparningslank'
>

const statusByRecipient = {
  'ej-mobil': 'misslyckad',
  fiktivt: 'ej-skickad-fiktivt-nummer',
  mobil: 'planerad',
} as const satisfies Record<string, Utskick['status']>

const findByDedupeKey = async ({ dedupeKey, req }: { dedupeKey: string; req: PayloadRequest }) => {
  const { docs } = await req.payload.find({
    collection: 'utskick',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { dedupeKey: { equals: dedupeKey } },
  })
  return docs[0] ?? null
}

/**
 * Plans (or re-plans) one SMS of an order at `planeradTid` and queues the job that sends it.
 * There is one log row per order and mall; a row that already went out, failed or was
 * cancelled is left alone, so no SMS is ever sent twice.
 */
export const planSms = async ({
  mall,
  order,
  planeradTid,
  req,
}: {
  mall: SmsMall
  order: PlannableOrder
  planeradTid: Date
  req: PayloadRequest
}): Promise<null | Utskick> => {
  const context = await loadSmsContext({ order, req })
  if (!context) {
    return null
  }

  const dedupeKey = `${mall}/${order.id}`
  const existing = await findByDedupeKey({ dedupeKey, req })
  if (existing && existing.status !== 'planerad') {
    return existing
  }

  const recipient = resolveSmsRecipient({
    fiktivtNummer: context.konto?.fiktivtMobilnummer,
    smsNummer: context.slutkund.smsNummer,
  })
  const planId = recipient.kind === 'mobil' ? randomUUID() : null
  const data = {
    enhet: context.enhetID as null | number,
    fel: recipient.kind === 'ej-mobil' ? 'Numret är inget mobilnummer; inget SMS skickas' : null,
    innehall: await buildSmsBody({ mall, order, req }),
    kanal: 'sms' as const,
    konto: context.kontoID as null | number,
    mall,
    mottagare: recipient.nummer,
    order: order.id,
    planeradTid: planeradTid.toISOString(),
    planId,
    slutkund: context.slutkund.id,
    status: statusByRecipient[recipient.kind],
  }

  const row: Utskick = existing
    ? await req.payload.update({
        collection: 'utskick',
        data,
        depth: 0,
        id: existing.id,
        overrideAccess: true,
        req,
      })
    : await req.payload.create({
        collection: 'utskick',
        data: { ...data, dedupeKey },
        depth: 0,
        overrideAccess: true,
        req,
      })

  if (planId) {
    await req.payload.jobs.queue({
      input: { planId, utskickId: String(row.id) },
      queue: smsQueue,
      req,
      task: sendSmsTaskSlug,
      waitUntil: planeradTid,
    })
  }
  req.payload.logger.info({
    mall,
    msg: existing ? 'SMS planerat om' : 'SMS planerat',
    orderId: order.id,
    status: row.status,
    utskickId: row.id,
  })
  return row
}

/** Drops every SMS still waiting to go out for an order or a slutkund. */
export const cancelPlannedSms = async ({
  mall,
  order,
  req,
  slutkund,
}: {
  mall?: SmsMall
  order?: number | string
  req: PayloadRequest
  slutkund?: number | string
}): Promise<number> => {
  const subject: Where =
    order !== undefined ? { order: { equals: order } } : { slutkund: { equals: slutkund } }
  const kind: Where = mall ? { mall: { equals: mall } } : { kanal: { equals: 'sms' } }
  const { docs } = await req.payload.find({
    collection: 'utskick',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [subject, kind, { kanal: { equals: 'sms' } }, { status: { equals: 'planerad' } }],
    },
  })

  for (const row of docs) {
    await req.payload.update({
      collection: 'utskick',
      data: { planId: null, status: 'avbruten' },
      depth: 0,
      id: row.id,
      overrideAccess: true,
      req,
    })
  }
  if (docs.length > 0) {
    req.payload.logger.info({ antal: docs.length, msg: 'Planerade SMS avbrutna', order, slutkund })
  }
  return docs.length
}
