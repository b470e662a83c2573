import type { EmailAdapter, SendEmailOptions } from 'payload'

import { getEmailFrom } from './emailProvider'
import { takePendingEmail } from './pendingEmails'
import { sendLoggedEmail } from './sendLoggedEmail'

const toAddress = (to: SendEmailOptions['to']): string => {
  const first = Array.isArray(to) ? to[0] : to
  if (!first) {
    throw new Error('E-post utan mottagare')
  }
  return typeof first === 'string' ? first : first.address
}

const splitFrom = (from: string): { address: string; name: string } => {
  const match = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1].trim(), address: match[2] } : { name: '', address: from }
}

/**
 * Payload's e-mail (the password reset) through Resend, logged in `utskick` like every other
 * message. Without `RESEND_API_KEY` nothing is sent and the log keeps the full text.
 */
export const resendEmailAdapter: EmailAdapter = ({ payload }) => {
  const from = splitFrom(getEmailFrom())

  return {
    name: 'resend',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      const pending = takePendingEmail(html)
      if (!pending) {
        throw new Error('E-post utan mall kan inte loggas och skickas inte')
      }

      return sendLoggedEmail({
        content: { html, subject: String(message.subject ?? ''), text: pending.text },
        dedupeKey: pending.dedupeKey,
        mall: pending.mall,
        payload,
        refs: pending.refs,
        req: pending.req,
        to: toAddress(message.to),
      })
    },
  }
}
