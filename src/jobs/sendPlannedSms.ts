import type { PayloadRequest } from 'payload'

import type { Order, Utskick } from '../payload-types'
import type { SmsMall } from './smsContext'

import { resolveSmsRecipient } from '../sms/resolveSmsRecipient'
import { getSmsProvider, SmsProviderError } from '../sms/smsProvider'
import { smsMaxForsok } from './constants'
import { buildSmsBody, loadSmsContext } from './smsContext'

export type SendSmsOutcome = 'inte-aktuell' | Utskick['status']

type Finish = Partial<
  Pick<Utskick, 'fel' | 'forsok' | 'innehall' | 'leverantorsId' | 'mottagare' | 'skickadTid'>
> & {
  status: Utskick['status']
}

/**
 * Sends one planned SMS. The row is claimed with a single conditional UPDATE (status
 * `planerad` and this job's planId → `skickas`), so of two runners holding the same job only
 * one sends, and a job made stale by a re-plan or a cancellation sends nothing.
 */
export const sendPlannedSms = async ({
  planId,
  req,
  utskickId,
}: {
  planId: string
  req: PayloadRequest
  utskickId: number | string
}): Promise<SendSmsOutcome> => {
  const { payload } = req
  const claimed = (await payload.db.updateOne({
    collection: 'utskick',
    data: { status: 'skickas' },
    options: { atomic: true },
    req: { transactionID: undefined } as PayloadRequest,
    where: {
      and: [
        { id: { equals: utskickId } },
        { planId: { equals: planId } },
        { status: { equals: 'planerad' } },
      ],
    },
  })) as unknown as null | Utskick
  if (!claimed) {
    return 'inte-aktuell'
  }

  const forsok = (claimed.forsok ?? 0) + 1
  // The log row is the system's own (no hooks, no versions, nobody edits it), so its outcome
  // is written by the adapter directly: one UPDATE instead of a read, an update and a lock
  // check, which at 1,000 messages a run is what the runner spends most of its time on.
  const finish = async (result: Finish): Promise<SendSmsOutcome> => {
    await payload.db.updateOne({
      collection: 'utskick',
      data: { ...result, updatedAt: new Date().toISOString() },
      id: claimed.id,
      req,
      returning: false,
    })
    payload.logger.info({
      mall: claimed.mall,
      msg: 'SMS-utskick avslutat',
      status: result.status,
      utskickId: claimed.id,
    })
    return result.status
  }

  const order = (await payload
    .find({
      collection: 'ordrar',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { equals: claimed.order } },
    })
    .then(({ docs }) => docs[0] ?? null)) as null | Order
  const context = order ? await loadSmsContext({ order, req }) : null
  if (!order || order.status === 'makulerad' || !context) {
    return finish({ status: 'avbruten' })
  }

  const recipient = resolveSmsRecipient({
    fiktivtNummer: context.konto?.fiktivtMobilnummer,
    smsNummer: context.slutkund.smsNummer,
  })
  if (recipient.kind === 'fiktivt') {
    return finish({ status: 'ej-skickad-fiktivt-nummer' })
  }
  if (recipient.kind === 'ej-mobil') {
    return finish({ fel: 'Numret är inget mobilnummer; inget SMS skickas', status: 'misslyckad' })
  }

  const body = await buildSmsBody({ mall: claimed.mall as SmsMall, order, req })
  const provider = getSmsProvider()
  if (!provider) {
    return finish({
      innehall: body,
      mottagare: recipient.nummer,
      status: 'ej-skickad-ingen-leverantor',
    })
  }

  // Only the provider call is guarded: a failure after Twilio accepted the SMS must never
  // look like a provider error, or the retry would send it a second time.
  let sid: string
  try {
    sid = (await provider.send({ body, to: recipient.e164 })).sid
  } catch (error) {
    const safe =
      error instanceof SmsProviderError ? error : new SmsProviderError({ code: null, status: null })
    if (safe.isRetryable && forsok < smsMaxForsok) {
      // Back to `planerad` under the same planId: the queue retries this job after its back-off.
      await payload.update({
        collection: 'utskick',
        data: { fel: safe.message, forsok, innehall: body, status: 'planerad' },
        depth: 0,
        id: claimed.id,
        overrideAccess: true,
        req,
      })
      payload.logger.warn({ err: safe, forsok, msg: 'SMS försöks igen', utskickId: claimed.id })
      throw safe
    }
    payload.logger.error({
      err: safe,
      forsok,
      msg: 'SMS kunde inte skickas',
      utskickId: claimed.id,
    })
    return finish({
      fel: safe.message,
      forsok,
      innehall: body,
      mottagare: recipient.nummer,
      status: 'misslyckad',
    })
  }

  return finish({
    fel: null,
    forsok,
    innehall: body,
    leverantorsId: sid,
    mottagare: recipient.nummer,
    skickadTid: new Date().toISOString(),
    status: 'skickad',
  })
}
