import { Resend } from 'resend'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { FakeResend } from './fakeResend'

import { extractFirstUrl, startFakeResend } from './fakeResend'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const welcome = {
  from: 'Ombudshandel <noreply@ombudshandel.test>',
  html: '<p>Välkommen! <a href="http://127.0.0.1:3000/admin/reset/abc?x=1&amp;y=2">Välj lösenord</a></p>',
  subject: 'Välkommen till Ombudshandel',
  text: 'Välkommen! Välj lösenord: http://127.0.0.1:3000/admin/reset/abc?x=1&y=2',
  to: 'anna@kommun.test',
}

describe('startFakeResend', () => {
  let fake: FakeResend
  let resend: Resend
  const originalBaseUrl = process.env.RESEND_BASE_URL

  beforeAll(async () => {
    fake = await startFakeResend()
    process.env.RESEND_BASE_URL = fake.url
    resend = new Resend(fake.apiKey)
  })

  afterAll(async () => {
    if (originalBaseUrl === undefined) {
      delete process.env.RESEND_BASE_URL
    } else {
      process.env.RESEND_BASE_URL = originalBaseUrl
    }
    await fake?.stop()
  })

  beforeEach(() => {
    fake.reset()
  })

  afterEach(() => {
    process.env.RESEND_BASE_URL = fake.url
  })

  it('should record an e-mail sent through the real resend client', async () => {
    const { data, error } = await resend.emails.send(welcome, { idempotencyKey: 'welcome/1' })

    expect(error).toBeNull()
    expect(data?.id).toMatch(UUID)
    expect(fake.emails).toHaveLength(1)
    expect(fake.emails[0]).toMatchObject({
      from: 'Ombudshandel <noreply@ombudshandel.test>',
      html: welcome.html,
      id: data?.id,
      idempotencyKey: 'welcome/1',
      subject: 'Välkommen till Ombudshandel',
      text: welcome.text,
      to: ['anna@kommun.test'],
    })
    expect(fake.emails[0].headers['idempotency-key']).toBe('welcome/1')
    expect(fake.emails[0].headers['user-agent']).toMatch(/^resend-node:6\./)
  })

  it('should keep the e-mail headers the sender asked for apart from the HTTP headers', async () => {
    await resend.emails.send({ ...welcome, headers: { 'X-Entity-Ref-ID': 'order-42' } })

    expect(fake.emails[0].emailHeaders).toEqual({ 'X-Entity-Ref-ID': 'order-42' })
    expect(fake.emails[0].idempotencyKey).toBeUndefined()
  })

  it('should return the same id and record once for a repeated idempotency key', async () => {
    const first = await resend.emails.send(welcome, { idempotencyKey: 'receipt/7' })
    const second = await resend.emails.send(welcome, { idempotencyKey: 'receipt/7' })

    expect(second.data?.id).toBe(first.data?.id)
    expect(fake.emails).toHaveLength(1)
    expect(fake.requests.map((request) => request.status)).toEqual([200, 200])
  })

  it('should answer 409 for a repeated idempotency key with a different body', async () => {
    await resend.emails.send(welcome, { idempotencyKey: 'receipt/8' })

    const { data, error } = await resend.emails.send(
      { ...welcome, subject: 'Annat' },
      { idempotencyKey: 'receipt/8' },
    )

    expect(data).toBeNull()
    expect(error).toEqual({
      name: 'invalid_idempotent_request',
      message: 'This idempotency key was already used with a different payload.',
      statusCode: 409,
    })
    expect(fake.emails).toHaveLength(1)
  })

  it('should surface a 500 from failNext as the client error object', async () => {
    fake.failNext({ status: 500 })

    const { data, error } = await resend.emails.send(welcome)

    expect(data).toBeNull()
    expect(error).toEqual({
      name: 'internal_server_error',
      message: 'An unexpected error occurred.',
      statusCode: 500,
    })
    expect(fake.emails).toHaveLength(0)
  })

  it('should fail exactly the given number of times with the given name and message', async () => {
    fake.failNext({ name: 'rate_limit_exceeded', message: 'Slow down', status: 429, times: 2 })

    const results = [
      await resend.emails.send(welcome),
      await resend.emails.send(welcome),
      await resend.emails.send(welcome),
    ]

    expect(results.map(({ error }) => error?.statusCode ?? null)).toEqual([429, 429, null])
    expect(results[0].error).toEqual({
      name: 'rate_limit_exceeded',
      message: 'Slow down',
      statusCode: 429,
    })
    expect(fake.emails).toHaveLength(1)
  })

  it('should not cache a failed attempt under its idempotency key', async () => {
    fake.failNext({ status: 503 })

    const failed = await resend.emails.send(welcome, { idempotencyKey: 'welcome/9' })
    const retried = await resend.emails.send(welcome, { idempotencyKey: 'welcome/9' })

    expect(failed.error?.statusCode).toBe(503)
    expect(retried.data?.id).toBe(fake.emails[0].id)
  })

  it('should answer 403 invalid_api_key for a wrong API key', async () => {
    const wrong = new Resend('re_wrong')

    const { error } = await wrong.emails.send(welcome)

    expect(error).toEqual({
      name: 'invalid_api_key',
      message: 'API key is invalid',
      statusCode: 403,
    })
  })

  it('should answer 422 when the subject is missing', async () => {
    const { error } = await resend.emails.send({
      from: welcome.from,
      subject: undefined as unknown as string,
      text: 'x',
      to: welcome.to,
    })

    expect(error).toEqual({
      name: 'validation_error',
      message: 'Missing `subject` field.',
      statusCode: 422,
    })
  })

  it('should read RESEND_BASE_URL when the client is constructed, not per request', async () => {
    const client = new Resend(fake.apiKey)
    process.env.RESEND_BASE_URL = 'http://127.0.0.1:9'

    const { error } = await client.emails.send(welcome)

    expect(error).toBeNull()
    expect(client.baseUrl).toBe(fake.url)
  })

  it('should honour the baseUrl constructor option over RESEND_BASE_URL', async () => {
    process.env.RESEND_BASE_URL = 'http://127.0.0.1:9'
    const client = new Resend(fake.apiKey, { baseUrl: fake.url })

    const { error } = await client.emails.send(welcome)

    expect(error).toBeNull()
    expect(fake.emails).toHaveLength(1)
  })
})

describe('extractFirstUrl', () => {
  it('should take the first URL of the text part', () => {
    expect(extractFirstUrl(welcome)).toBe('http://127.0.0.1:3000/admin/reset/abc?x=1&y=2')
  })

  it('should fall back to the first href of the html part, decoding entities', () => {
    expect(extractFirstUrl({ html: welcome.html })).toBe(
      'http://127.0.0.1:3000/admin/reset/abc?x=1&y=2',
    )
  })

  it('should drop punctuation that ends a sentence', () => {
    expect(extractFirstUrl('Följ leveransen: https://spara.test/t/AB12.')).toBe(
      'https://spara.test/t/AB12',
    )
  })

  it('should return undefined when there is no URL', () => {
    expect(extractFirstUrl({ html: '<p>Hej</p>', text: 'Hej' })).toBeUndefined()
  })
})
