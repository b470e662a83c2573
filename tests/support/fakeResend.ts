import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomBytes, randomUUID } from 'node:crypto'

import type { FakeFailure } from './fakeHttp'

import {
  createFailureQueue,
  flattenHeaders,
  listenOnLoopback,
  readBody,
  sendJson,
} from './fakeHttp'

export type FakeEmail = {
  // Headers the sender asked Resend to put on the e-mail (the `headers` field of the body).
  emailHeaders: Record<string, string> | undefined
  from: string
  // HTTP request headers as received, names lower-cased.
  headers: Record<string, string>
  html: string | undefined
  id: string
  idempotencyKey: string | undefined
  subject: string
  text: string | undefined
  to: string[]
}

export type FakeResendRequest = {
  body: unknown
  idempotencyKey: string | undefined
  method: string
  path: string
  status: number
}

export type FakeResendFailure = Omit<FakeFailure, 'code'>

export type FakeResend = {
  apiKey: string
  emails: FakeEmail[]
  failNext: (options: FakeResendFailure) => void
  requests: FakeResendRequest[]
  reset: () => void
  stop: () => Promise<void>
  url: string
}

const DEFAULT_ERROR_NAMES: Record<number, string> = {
  400: 'validation_error',
  401: 'missing_api_key',
  403: 'invalid_api_key',
  404: 'not_found',
  409: 'invalid_idempotent_request',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  503: 'application_error',
}

const DEFAULT_ERROR_MESSAGES: Record<number, string> = {
  429: 'Too many requests. Please limit the number of requests per second.',
  500: 'An unexpected error occurred.',
}

const resendError = (statusCode: number, name: string, message: string) => ({
  name,
  message,
  statusCode,
})

const toList = (value: unknown): string[] | undefined => {
  if (typeof value === 'string') {
    return [value]
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value
  }
  return undefined
}

const asOptionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

const asHeaders = (value: unknown): Record<string, string> | undefined =>
  value && typeof value === 'object' ? (value as Record<string, string>) : undefined

export const startFakeResend = async (): Promise<FakeResend> => {
  const apiKey = `re_${randomBytes(12).toString('hex')}`
  const emails: FakeEmail[] = []
  const requests: FakeResendRequest[] = []
  const failures = createFailureQueue()
  const answered = new Map<string, { body: string; id: string }>()

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const rawBody = await readBody(request)
    const idempotencyKey = asOptionalString(request.headers['idempotency-key'])
    let body: unknown
    const answer = (status: number, payload: unknown): void => {
      requests.push({ body, idempotencyKey, method, path: pathname, status })
      sendJson(response, status, payload)
    }

    const authorization = request.headers.authorization
    if (!authorization) {
      answer(401, resendError(401, 'missing_api_key', 'Missing API key in the request.'))
      return
    }
    if (authorization !== `Bearer ${apiKey}`) {
      answer(403, resendError(403, 'invalid_api_key', 'API key is invalid'))
      return
    }

    if (method !== 'POST' || pathname !== '/emails') {
      answer(404, resendError(404, 'not_found', 'The requested endpoint does not exist.'))
      return
    }

    try {
      body = JSON.parse(rawBody)
    } catch {
      answer(400, resendError(400, 'validation_error', 'The request body is not valid JSON.'))
      return
    }

    const failure = failures.take()
    if (failure) {
      const name = failure.name ?? DEFAULT_ERROR_NAMES[failure.status] ?? 'application_error'
      const message =
        failure.message ?? DEFAULT_ERROR_MESSAGES[failure.status] ?? `Failed with ${name}.`
      answer(failure.status, resendError(failure.status, name, message))
      return
    }

    const fields = (body ?? {}) as Record<string, unknown>
    const from = asOptionalString(fields.from)
    const to = toList(fields.to)
    const subject = asOptionalString(fields.subject)
    for (const [field, value] of Object.entries({ from, subject, to })) {
      if (value === undefined) {
        answer(422, resendError(422, 'validation_error', `Missing \`${field}\` field.`))
        return
      }
    }
    if (fields.html === undefined && fields.text === undefined) {
      answer(422, resendError(422, 'validation_error', 'Either `html` or `text` must be provided.'))
      return
    }

    if (idempotencyKey !== undefined) {
      const previous = answered.get(idempotencyKey)
      if (previous && previous.body !== rawBody) {
        answer(
          409,
          resendError(
            409,
            'invalid_idempotent_request',
            'This idempotency key was already used with a different payload.',
          ),
        )
        return
      }
      if (previous) {
        answer(200, { id: previous.id })
        return
      }
    }

    const email: FakeEmail = {
      emailHeaders: asHeaders(fields.headers),
      from: from as string,
      headers: flattenHeaders(request),
      html: asOptionalString(fields.html),
      id: randomUUID(),
      idempotencyKey,
      subject: subject as string,
      text: asOptionalString(fields.text),
      to: to as string[],
    }
    emails.push(email)
    if (idempotencyKey !== undefined) {
      answered.set(idempotencyKey, { body: rawBody, id: email.id })
    }
    answer(200, { id: email.id })
  }

  const { close, url } = await listenOnLoopback(handle)

  return {
    apiKey,
    emails,
    failNext: (options) => failures.push(options),
    requests,
    reset: () => {
      emails.length = 0
      requests.length = 0
      answered.clear()
      failures.clear()
    },
    stop: close,
    url,
  }
}

const HTML_ENTITIES: Record<string, string> = {
  '&#39;': "'",
  '&amp;': '&',
  '&gt;': '>',
  '&lt;': '<',
  '&quot;': '"',
}

const decodeEntities = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity])

// Works on an SMS body too: pass the string itself.
export const extractFirstUrl = (
  source: string | { html?: string | undefined; text?: string | undefined },
): string | undefined => {
  const text = typeof source === 'string' ? source : source.text
  const fromText = text?.match(/https?:\/\/[^\s<>"')\]]+/)?.[0]
  if (fromText) {
    return fromText.replace(/[.,;:!?]+$/, '')
  }

  const html = typeof source === 'string' ? undefined : source.html
  const href = html?.match(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/i)
  const link = href?.[1] ?? href?.[2]
  if (link && /^https?:\/\//.test(link)) {
    return decodeEntities(link)
  }
  const bare = html?.match(/https?:\/\/[^\s<>"']+/)?.[0]
  return bare ? decodeEntities(bare) : undefined
}
