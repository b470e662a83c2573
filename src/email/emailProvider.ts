import { Resend } from 'resend'

export type OutgoingEmail = {
  from: string
  html: string
  idempotencyKey: string
  subject: string
  text: string
  to: string
}

export type EmailProvider = { send: (email: OutgoingEmail) => Promise<{ id: string }> }

/** A refusal by the provider, described without the addresses or text it carried. */
export class EmailProviderError extends Error {
  readonly status: null | number

  constructor({ name, status }: { name: string; status: null | number }) {
    super(`Resend svarade ${status ?? 'utan status'} (${name})`)
    this.name = 'EmailProviderError'
    this.status = status
  }
}

export const defaultEmailFrom = 'Ombudshandel <no-reply@example.com>'

export const getEmailFrom = (): string => process.env.EMAIL_FROM || defaultEmailFrom

/**
 * Resend when `RESEND_API_KEY` is set, otherwise nothing: the caller logs the message as not
 * sent. Read at call time so that a test can point the real SDK at a local fake.
 */
export const getEmailProvider = (): EmailProvider | null => {
  const apiKey = process.env.RESEND_API_KEY
  if (!apiKey) {
    return null
  }
  const resend = new Resend(apiKey, { baseUrl: process.env.RESEND_BASE_URL || undefined })

  return {
    send: async ({ from, html, idempotencyKey, subject, text, to }) => {
      const { data, error } = await resend.emails.send(
        { from, html, subject, text, to },
        { idempotencyKey },
      )
      if (error || !data) {
        throw new EmailProviderError({
          name: error?.name ?? 'application_error',
          status: error && 'statusCode' in error ? (error.statusCode ?? null) : null,
        })
      }
      return { id: data.id }
    },
  }
}
