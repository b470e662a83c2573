import type { PayloadRequest } from 'payload'

import type { UtskickRefs } from '../messages/utskickRefs'

export type PendingEmail = {
  dedupeKey: string
  mall: 'aterstall-losenord'
  refs: UtskickRefs
  // The log row joins the request's transaction, which holds the user row it points to.
  req?: PayloadRequest
  text: string
}

// Payload hands its e-mails (the reset link) to the adapter as bare HTML; the generator that
// wrote that HTML leaves here what the log needs to know about it.
const pending = new Map<string, PendingEmail>()

export const registerPendingEmail = ({ email, html }: { email: PendingEmail; html: string }) => {
  pending.set(html, email)
}

export const takePendingEmail = (html: string): PendingEmail | undefined => {
  const email = pending.get(html)
  pending.delete(html)
  return email
}
