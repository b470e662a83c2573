import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Order, Slutkund } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
import type { FakeResend } from '../support/fakeResend'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'
import { startFakeResend } from '../support/fakeResend'

let payload: Payload
let fixture: Fixture
let resend: FakeResend
let server: ApiServer
let orderCounter = 0

beforeAll(async () => {
  resend = await startFakeResend()
  process.env.RESEND_API_KEY = resend.apiKey
  process.env.RESEND_BASE_URL = resend.url
  for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM']) {
    delete process.env[name]
  }
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'kopia' })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
  await resend.stop()
})

const createSlutkund = (overrides: Omit<Partial<Slutkund>, 'enhet'>) =>
  payload.create({
    collection: 'slutkunder',
    data: slutkundData({ enhet: fixture.enhetB, fonster: fixture.fonsterB, ...overrides }),
  })

const createOrder = (slutkund: Slutkund): Promise<Order> => {
  orderCounter += 1
  return payload.create({
    collection: 'ordrar',
    context: { now: new Date('2027-01-05T10:00:00.000Z') },
    data: {
      belopp: 389,
      leveransdatum: '2027-01-12',
      leveransfonster: fixture.fonsterB.id,
      ordernummer: `KOPIA-${orderCounter}`,
      slutkund: slutkund.id,
      status: 'mottagen',
      stopptid: '2027-01-11T11:00:00.000Z',
    },
    overrideAccess: true,
  })
}

describe('order confirmation copies', () => {
  it('should e-mail the confirmation and receipt once to every address in kopiaOrderbekraftelse', async () => {
    const slutkund = await createSlutkund({
      kopiaOrderbekraftelse: [{ epost: 'dotter@example.se' }, { epost: 'godman@example.se' }],
    })
    resend.reset()
    const order = await createOrder(slutkund)

    expect(
      resend.emails.map(({ idempotencyKey, subject, to }) => ({ idempotencyKey, subject, to })),
    ).toEqual([
      {
        idempotencyKey: `orderbekraftelse/${order.id}-1`,
        subject: `Orderbekräftelse och kvitto KOPIA-${orderCounter} – Ombudshandel`,
        to: ['dotter@example.se'],
      },
      {
        idempotencyKey: `orderbekraftelse/${order.id}-2`,
        subject: `Orderbekräftelse och kvitto KOPIA-${orderCounter} – Ombudshandel`,
        to: ['godman@example.se'],
      },
    ])
    expect(resend.emails[0].text).toContain(
      `Ordernummer: KOPIA-${orderCounter}\nLeverans: tisdag 12 januari 10:00–13:00\nBelopp: 389,00 kr`,
    )
  })
})

describe('message log', () => {
  it('should log the SMS as ej-skickad-ingen-leverantor with its full text when Twilio is not configured', async () => {
    const slutkund = await createSlutkund({})
    const order = await createOrder(slutkund)
    await payload.update({
      collection: 'ordrar',
      data: { sparningslank: 'https://spara.example.se/leverans/77', status: 'pa-vag' },
      id: order.id,
      overrideAccess: true,
    })
    await payload.jobs.run({ queue: 'sms' })

    const { docs } = await payload.find({
      collection: 'utskick',
      overrideAccess: true,
      where: { and: [{ order: { equals: order.id } }, { mall: { equals: 'narmar-sig' } }] },
    })
    expect(docs.map(({ innehall, status }) => ({ innehall, status }))).toEqual([
      {
        innehall:
          'Hej! Chauffören med dina varor från Coop är snart framme. Följ leveransen här: https://spara.example.se/leverans/77',
        status: 'ej-skickad-ingen-leverantor',
      },
    ])
  })

  it('should show a beställare only the log of its own enheter’s slutkunder over REST', async () => {
    const slutkund = await createSlutkund({})
    await createOrder(slutkund)
    const readAs = async (email: string) => {
      const token = await loginOverHttp({ email, password: fixturePassword, url: server.url })
      const response = await fetch(
        `${server.url}/api/utskick?depth=0&limit=0&where[slutkund][equals]=${slutkund.id}`,
        { headers: { Authorization: `JWT ${token}` } },
      )
      const body = (await response.json()) as { docs: { mall: string }[] }
      return body.docs.map(({ mall }) => mall)
    }

    expect(await readAs(fixture.bestallareB.email)).toEqual(['dagen-fore'])
    expect(await readAs(fixture.bestallareA.email)).toEqual([])
    expect(await readAs(fixture.adminOther.email)).toEqual([])
  })

  it('should refuse to write the log over REST, also for support', async () => {
    const token = await loginOverHttp({
      email: fixture.support.email,
      password: fixturePassword,
      url: server.url,
    })
    const response = await fetch(`${server.url}/api/utskick`, {
      body: JSON.stringify({
        dedupeKey: 'x/1',
        kanal: 'sms',
        mall: 'dagen-fore',
        status: 'skickad',
      }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(403)
  })
})
