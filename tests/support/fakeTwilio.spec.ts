import twilio from 'twilio'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { FakeTwilio } from './fakeTwilio'

import { startFakeTwilio } from './fakeTwilio'

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0]

// The same override the app's SMS provider uses for TWILIO_API_BASE_URL: it runs after the
// SDK has applied region and edge, and covers every Twilio domain.
const createClient = ({
  accountSid,
  apiBaseUrl,
  authToken,
}: {
  accountSid: string
  apiBaseUrl: string
  authToken: string
}) => {
  const base = new URL(apiBaseUrl)
  class BaseUrlRequestClient extends twilio.RequestClient {
    request<TData>(options: RequestOptions & { data?: TData }) {
      const uri = new URL(options.uri)
      uri.protocol = base.protocol
      uri.host = base.host
      return super.request<TData>({ ...options, uri: uri.toString() })
    }
  }
  return twilio(accountSid, authToken, { httpClient: new BaseUrlRequestClient() })
}

const captureError = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as { code?: number; message?: string; moreInfo?: string; status?: number }
  }
  throw new Error('Expected the call to fail')
}

describe('startFakeTwilio', () => {
  let fake: FakeTwilio
  let client: ReturnType<typeof twilio>

  beforeAll(async () => {
    fake = await startFakeTwilio()
    client = createClient({
      accountSid: fake.accountSid,
      apiBaseUrl: fake.url,
      authToken: fake.authToken,
    })
  })

  afterAll(async () => {
    await fake?.stop()
  })

  beforeEach(() => {
    fake.reset()
  })

  it('should record an SMS sent through the real twilio client', async () => {
    await client.messages.create({
      body: 'Leverans i morgon',
      from: '+46700000001',
      to: '+46701234567',
    })

    expect(fake.messages).toHaveLength(1)
    expect(fake.messages[0]).toMatchObject({
      accountSid: fake.accountSid,
      body: 'Leverans i morgon',
      from: '+46700000001',
      messagingServiceSid: null,
      to: '+46701234567',
    })
  })

  it('should answer with a queued message resource the client can read', async () => {
    const message = await client.messages.create({
      body: 'Hej',
      from: '+46700000001',
      to: '+46701234567',
    })

    expect(message.sid).toMatch(/^SM[0-9a-f]{32}$/)
    expect(message.sid).toBe(fake.messages[0].sid)
    expect(message.status).toBe('queued')
    expect(message.to).toBe('+46701234567')
    expect(message.from).toBe('+46700000001')
    expect(message.body).toBe('Hej')
    expect(message.accountSid).toBe(fake.accountSid)
    expect(message.numSegments).toBe('1')
    expect(message.dateCreated).toBeInstanceOf(Date)
    expect(Math.abs(message.dateCreated.getTime() - Date.now())).toBeLessThan(5_000)
  })

  it('should accept a Messaging Service instead of a From number', async () => {
    const message = await client.messages.create({
      body: 'Hej',
      messagingServiceSid: 'MG00000000000000000000000000000000',
      to: '+46701234567',
    })

    expect(message.status).toBe('accepted')
    expect(message.messagingServiceSid).toBe('MG00000000000000000000000000000000')
    expect(fake.messages[0].from).toBeNull()
  })

  it('should count a long Swedish text as GSM-7 segments', async () => {
    const message = await client.messages.create({
      body: 'å'.repeat(161),
      from: '+46700000001',
      to: '+46701234567',
    })

    expect(message.numSegments).toBe('2')
  })

  it('should surface a 500 from failNext as a RestException', async () => {
    fake.failNext({ status: 500 })

    const error = await captureError(
      client.messages.create({ body: 'Hej', from: '+46700000001', to: '+46701234567' }),
    )

    expect(error).toBeInstanceOf(twilio.RestException)
    expect(error).toMatchObject({
      code: 20500,
      message: 'Internal Server Error',
      moreInfo: 'https://www.twilio.com/docs/errors/20500',
      status: 500,
    })
    expect(fake.messages).toHaveLength(0)
  })

  it('should fail exactly the given number of times and then send', async () => {
    fake.failNext({ code: 20429, message: 'Too Many Requests', status: 429, times: 2 })
    const send = () =>
      client.messages.create({ body: 'Hej', from: '+46700000001', to: '+46701234567' })

    const first = await captureError(send())
    const second = await captureError(send())
    await send()

    expect([first.status, second.status]).toEqual([429, 429])
    expect(first.code).toBe(20429)
    expect(fake.messages).toHaveLength(1)
    expect(fake.requests.map((request) => request.status)).toEqual([429, 429, 201])
  })

  it('should answer 401 with code 20003 for a wrong auth token', async () => {
    const wrongClient = createClient({
      accountSid: fake.accountSid,
      apiBaseUrl: fake.url,
      authToken: 'wrong',
    })

    const error = await captureError(
      wrongClient.messages.create({ body: 'Hej', from: '+46700000001', to: '+46701234567' }),
    )

    expect(error).toMatchObject({ code: 20003, message: 'Authenticate', status: 401 })
    expect(fake.messages).toHaveLength(0)
  })

  it('should refuse a To number that is not E.164 with code 21211', async () => {
    const error = await captureError(
      client.messages.create({ body: 'Hej', from: '+46700000001', to: '0701234567' }),
    )

    expect(error).toMatchObject({
      code: 21211,
      message: "Invalid 'To' Phone Number: 0701234567",
      status: 400,
    })
  })

  it('should refuse a message without body with code 21602', async () => {
    const error = await captureError(
      client.messages.create({ from: '+46700000001', to: '+46701234567' }),
    )

    expect(error).toMatchObject({ code: 21602, message: 'Message body is required.', status: 400 })
  })

  it('should fetch a sent message by sid', async () => {
    const sent = await client.messages.create({
      body: 'Hej',
      from: '+46700000001',
      to: '+46701234567',
    })

    const fetched = await client.messages(sent.sid).fetch()

    expect(fetched.sid).toBe(sent.sid)
    expect(fetched.status).toBe('queued')
  })

  it('should also be reachable by setting client.api.baseUrl', async () => {
    const plainClient = twilio(fake.accountSid, fake.authToken)
    plainClient.api.baseUrl = fake.url

    await plainClient.messages.create({ body: 'Hej', from: '+46700000001', to: '+46701234567' })

    expect(fake.messages).toHaveLength(1)
  })

  it('should forget messages, requests and pending failures on reset', async () => {
    fake.failNext({ status: 503, times: 2 })
    await captureError(
      client.messages.create({ body: 'x', from: '+46700000001', to: '+46701234567' }),
    )

    fake.reset()
    await client.messages.create({ body: 'y', from: '+46700000001', to: '+46701234567' })

    expect(fake.messages.map((sms) => sms.body)).toEqual(['y'])
    expect(fake.requests).toHaveLength(1)
  })
})
