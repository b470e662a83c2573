import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomBytes } from 'node:crypto'
import { STATUS_CODES } from 'node:http'

import type { FakeFailure } from './fakeHttp'

import { createFailureQueue, listenOnLoopback, readBody, sendJson } from './fakeHttp'

export type FakeSms = {
  accountSid: string
  body: string
  dateCreated: Date
  from: string | null
  messagingServiceSid: string | null
  // Every form field as sent, keyed by Twilio's names (To, From, Body, StatusCallback, ...).
  params: Record<string, string>
  sid: string
  statusCallback: string | null
  to: string
}

export type FakeTwilioRequest = {
  method: string
  params: Record<string, string>
  path: string
  status: number
}

export type FakeTwilioFailure = Omit<FakeFailure, 'name'>

export type FakeTwilio = {
  accountSid: string
  authToken: string
  failNext: (options: FakeTwilioFailure) => void
  messages: FakeSms[]
  requests: FakeTwilioRequest[]
  reset: () => void
  stop: () => Promise<void>
  url: string
}

const API_VERSION = '2010-04-01'
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/
const MESSAGE_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/(SM[0-9a-f]{32})\.json$/
const E164 = /^\+[1-9]\d{6,14}$/

// GSM 03.38 basic set plus the extension table (which costs two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENDED = '^{}\\[~]|€\f'

const hex = (bytes: number): string => randomBytes(bytes).toString('hex')

const rfc2822 = (date: Date): string => date.toUTCString().replace('GMT', '+0000')

const countSegments = (body: string): number => {
  const chars = [...body]
  const isGsm = chars.every((char) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char))
  if (isGsm) {
    const septets = chars.reduce((sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1), 0)
    return septets <= 160 ? 1 : Math.ceil(septets / 153)
  }
  const units = body.length
  return units <= 70 ? 1 : Math.ceil(units / 67)
}

const twilioError = (status: number, code: number, message: string) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
})

const toResource = (sms: FakeSms) => {
  const uri = `/${API_VERSION}/Accounts/${sms.accountSid}/Messages/${sms.sid}.json`
  const date = rfc2822(sms.dateCreated)
  return {
    account_sid: sms.accountSid,
    api_version: API_VERSION,
    body: sms.body,
    date_created: date,
    date_sent: null,
    date_updated: date,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: sms.from,
    messaging_service_sid: sms.messagingServiceSid,
    num_media: '0',
    num_segments: String(countSegments(sms.body)),
    price: null,
    price_unit: 'USD',
    sid: sms.sid,
    // Twilio accepts a Messaging Service send before it has picked a sender.
    status: sms.from === null ? 'accepted' : 'queued',
    subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
    to: sms.to,
    uri,
  }
}

const isAuthorised = (request: IncomingMessage, accountSid: string, authToken: string) => {
  const header = request.headers.authorization ?? ''
  const match = /^Basic (.+)$/i.exec(header)
  if (!match) {
    return false
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  return decoded === `${accountSid}:${authToken}`
}

const validate = (params: Record<string, string>) => {
  const to = params.To
  if (!to) {
    return twilioError(400, 21604, "A 'To' phone number is required.")
  }
  // Like the real API, this message carries the number: never log it verbatim.
  if (!E164.test(to)) {
    return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`)
  }
  if (!params.From && !params.MessagingServiceSid) {
    return twilioError(400, 21603, "A 'From' phone number is required.")
  }
  if (!params.Body && !params.MediaUrl && !params.ContentSid) {
    return twilioError(400, 21602, 'Message body is required.')
  }
  return undefined
}

export const startFakeTwilio = async (): Promise<FakeTwilio> => {
  const accountSid = `AC${hex(16)}`
  const authToken = hex(16)
  const messages: FakeSms[] = []
  const requests: FakeTwilioRequest[] = []
  const failures = createFailureQueue()

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const params = Object.fromEntries(new URLSearchParams(await readBody(request)))
    const answer = (status: number, body: unknown): void => {
      requests.push({ method, params, path: pathname, status })
      sendJson(response, status, body)
    }

    if (!isAuthorised(request, accountSid, authToken)) {
      answer(401, twilioError(401, 20003, 'Authenticate'))
      return
    }

    const listMatch = MESSAGES_PATH.exec(pathname)
    const itemMatch = MESSAGE_PATH.exec(pathname)
    const pathAccount = listMatch?.[1] ?? itemMatch?.[1]
    const isKnownRoute =
      (listMatch !== null && method === 'POST') || (itemMatch !== null && method === 'GET')
    if (!isKnownRoute || pathAccount !== accountSid) {
      answer(404, twilioError(404, 20404, `The requested resource ${pathname} was not found`))
      return
    }

    const failure = failures.take()
    if (failure) {
      const code = failure.code ?? 20000 + failure.status
      const message = failure.message ?? STATUS_CODES[failure.status] ?? 'Error'
      answer(failure.status, twilioError(failure.status, code, message))
      return
    }

    if (itemMatch) {
      const found = messages.find((sms) => sms.sid === itemMatch[2])
      if (!found) {
        answer(404, twilioError(404, 20404, `The requested resource ${pathname} was not found`))
        return
      }
      answer(200, toResource(found))
      return
    }

    const invalid = validate(params)
    if (invalid) {
      answer(invalid.status, invalid)
      return
    }

    const sms: FakeSms = {
      accountSid,
      body: params.Body ?? '',
      dateCreated: new Date(),
      from: params.From ?? null,
      messagingServiceSid: params.MessagingServiceSid ?? null,
      params,
      sid: `SM${hex(16)}`,
      statusCallback: params.StatusCallback ?? null,
      to: params.To,
    }
    messages.push(sms)
    answer(201, toResource(sms))
  }

  const { close, url } = await listenOnLoopback(handle)

  return {
    accountSid,
    authToken,
    failNext: (options) => failures.push(options),
    messages,
    requests,
    reset: () => {
      messages.length = 0
      requests.length = 0
      failures.clear()
    },
    stop: close,
    url,
  }
}
