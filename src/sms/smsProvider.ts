import twilio from 'twilio'

export type SmsProvider = { send: (sms: { body: string; to: string }) => Promise<{ sid: string }> }

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0]

/**
 * A refusal or failure from Twilio, described by status and error code only: Twilio's own
 * messages can quote the phone number (e.g. 21211), which must never reach a log.
 */
export class SmsProviderError extends Error {
  readonly code: null | number
  readonly isRetryable: boolean
  readonly status: null | number

  constructor({
    code,
    networkCode = null,
    status,
  }: {
    code: null | number
    networkCode?: null | string
    status: null | number
  }) {
    super(
      status === null
        ? `Twilio gick inte att nå${networkCode ? ` (${networkCode})` : ''}`
        : `Twilio svarade ${status}${code === null ? '' : ` (felkod ${code})`}`,
    )
    this.name = 'SmsProviderError'
    this.code = code
    this.status = status
    this.isRetryable = status === null || status === 429 || status >= 500
  }
}

const toSmsProviderError = (error: unknown): SmsProviderError => {
  const details = (error ?? {}) as { code?: unknown; status?: unknown }
  const status = typeof details.status === 'number' ? details.status : null
  const code = typeof details.code === 'number' ? details.code : null
  // Node's own codes (ECONNRESET, ECONNABORTED, ...) say what went wrong without any content.
  const networkCode =
    typeof details.code === 'string' && /^E[A-Z_]+$/.test(details.code) ? details.code : null
  return new SmsProviderError({ code, networkCode, status })
}

const createHttpClient = (baseUrl: string | undefined) => {
  if (!baseUrl) {
    return undefined
  }
  const base = new URL(baseUrl)

  // Twilio's client has no base-URL option; rewriting each request is how tests reach a fake.
  class BaseUrlRequestClient extends twilio.RequestClient {
    request<TData>(options: RequestOptions & { data?: TData }) {
      const uri = new URL(options.uri)
      uri.protocol = base.protocol
      uri.host = base.host
      return super.request<TData>({ ...options, uri: uri.toString() })
    }
  }
  return new BaseUrlRequestClient()
}

/**
 * Twilio when its credentials and a sender are set, otherwise nothing: the caller logs the SMS
 * as not sent. Read at call time so that a test can point the real client at a local fake.
 */
export const getSmsProvider = (): null | SmsProvider => {
  const accountSid = process.env.TWILIO_ACCOUNT_SID
  const authToken = process.env.TWILIO_AUTH_TOKEN
  const from = process.env.TWILIO_FROM
  const messagingServiceSid = process.env.TWILIO_MESSAGING_SERVICE_SID
  if (!accountSid || !authToken || (!from && !messagingServiceSid)) {
    return null
  }

  const client = twilio(accountSid, authToken, {
    httpClient: createHttpClient(process.env.TWILIO_API_BASE_URL),
  })
  const sender = messagingServiceSid ? { messagingServiceSid } : { from }

  return {
    send: async ({ body, to }) => {
      try {
        const message = await client.messages.create({ ...sender, body, to })
        return { sid: message.sid }
      } catch (error) {
        throw toSmsProviderError(error)
      }
    },
  }
}
