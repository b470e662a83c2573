import type { Payload, PayloadRequest } from 'payload'

import type { UtskickRefs } from '../messages/utskickRefs'
import type { Utskick } from '../payload-types'
import type { EmailContent } from './templates'

import { toUtskickRefs } from '../messages/utskickRefs'
import { EmailProviderError, getEmailFrom, getEmailProvider } from './emailProvider'

export type LoggedEmailResult = { status: 'redan-skickad' } | { status: Utskick['status'] }

type Args = {
  content: EmailContent
  dedupeKey: string
  from?: string
  mall: Extract<Utskick['mall'], 'aterstall-losenord' | 'orderbekraftelse' | 'valkommen'>
  now?: Date
  payload: Payload
  refs: UtskickRefs
  req?: PayloadRequest
  to: string
}

const retryDelaysMs = [500, 1500]

const isRetryable = (error: unknown): boolean =>
  !(error instanceof EmailProviderError) ||
  error.status === null ||
  error.status === 429 ||
  error.status >= 500

/** Resend's idempotency key makes a retry safe: a second request never sends a second e-mail. */
const sendWithRetries = async (send: () => Promise<{ id: string }>): Promise<string> => {
  for (const delayMs of retryDelaysMs) {
    try {
      return (await send()).id
    } catch (error) {
      if (!isRetryable(error)) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs))
    }
  }
  return (await send()).id
}

/**
 * Sends one e-mail and logs it in `utskick`. The unique `dedupeKey` (`<mall>/<id>`) doubles
 * as Resend's idempotency key, so neither the portal nor Resend sends it twice.
 */
export const sendLoggedEmail = async ({
  content,
  dedupeKey,
  from = getEmailFrom(),
  mall,
  now = new Date(),
  payload,
  refs,
  req,
  to,
}: Args): Promise<LoggedEmailResult> => {
  const existing = await payload.count({
    collection: 'utskick',
    overrideAccess: true,
    req,
    where: { dedupeKey: { equals: dedupeKey } },
  })
  if (existing.totalDocs > 0) {
    return { status: 'redan-skickad' }
  }

  const provider = getEmailProvider()
  const row = await payload.create({
    collection: 'utskick',
    data: {
      ...toUtskickRefs(refs),
      amne: content.subject,
      dedupeKey,
      forsok: provider ? 1 : 0,
      innehall: content.text,
      kanal: 'epost',
      mall,
      mottagare: to,
      planeradTid: now.toISOString(),
      status: provider ? 'skickas' : 'ej-skickad-ingen-leverantor',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })

  if (!provider) {
    payload.logger.info({ mall, msg: 'E-post ej skickad: ingen leverantör', utskickId: row.id })
    return { status: 'ej-skickad-ingen-leverantor' }
  }

  // Only the provider call is guarded, so a sent e-mail is never logged as failed.
  let providerId: string
  try {
    providerId = await sendWithRetries(() =>
      provider.send({ ...content, from, idempotencyKey: dedupeKey, to }),
    )
  } catch (error) {
    // The SDK's own errors can quote the request; keep only what says why.
    const safe = error instanceof EmailProviderError ? error : new Error('Resend gick inte att nå')
    await payload.update({
      collection: 'utskick',
      data: { fel: safe.message, status: 'misslyckad' },
      depth: 0,
      id: row.id,
      overrideAccess: true,
      req,
    })
    payload.logger.error({ err: safe, mall, msg: 'E-post kunde inte skickas', utskickId: row.id })
    return { status: 'misslyckad' }
  }

  await payload.update({
    collection: 'utskick',
    data: { leverantorsId: providerId, skickadTid: new Date().toISOString(), status: 'skickad' },
    depth: 0,
    id: row.id,
    overrideAccess: true,
    req,
  })
  payload.logger.info({ mall, msg: 'E-post skickad', utskickId: row.id })
  return { status: 'skickad' }
}
