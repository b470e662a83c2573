import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { GET as handlaRoute } from '../../src/app/(frontend)/handla/[slutkundId]/route'
import { createHandoff } from '../../src/handla/createHandoff'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer
let tokenA: string

const butikKey = 'handla-test-butik-nyckel-0001'
const otherKontoKey = 'handla-test-annan-butik-0002'
const leveransKey = 'handla-test-leverans-0003'

const handla = (slutkundID: number, token?: string) =>
  fetch(`${server.url}/handla/${slutkundID}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
    redirect: 'manual',
  })

const redeem = (key: string, token: string) =>
  fetch(`${server.url}/api/handla/redeem`, {
    body: JSON.stringify({ token }),
    headers: { Authorization: `integrationer API-Key ${key}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })

const handoffTokenOf = (response: Response): string =>
  new URL(response.headers.get('location') as string).searchParams.get('overlamning') as string

beforeAll(async () => {
  process.env.SHOP_URL = 'http://127.0.0.1:9/butik'
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'handla' })
  const integrations = [
    { apiKey: butikKey, konton: [fixture.konto.id], namn: 'Butik', typ: 'butik' },
    { apiKey: otherKontoKey, konton: [fixture.kontoOther.id], namn: 'Annan butik', typ: 'butik' },
    { apiKey: leveransKey, konton: [fixture.konto.id], namn: 'Leverans', typ: 'leverans' },
  ] satisfies { apiKey: string; konton: number[]; namn: string; typ: 'butik' | 'leverans' }[]
  for (const data of integrations) {
    await payload.create({ collection: 'integrationer', data: { ...data, enableAPIKey: true } })
  }
  server = await startApiServer({
    extraRoutes: [
      {
        handler: (request, params) =>
          handlaRoute(request, { params: Promise.resolve({ slutkundId: params.slutkundId }) }),
        method: 'GET',
        pattern: /^\/handla\/(?<slutkundId>[^/]+)$/,
      },
    ],
  })
  tokenA = await loginOverHttp({
    email: fixture.bestallareA.email,
    password: fixturePassword,
    url: server.url,
  })
})

afterAll(async () => {
  delete process.env.SHOP_URL
  await server.stop()
  await payload.destroy()
})

describe('Handla', () => {
  it('should send the beställare to the shop with a hand-off for its own slutkund', async () => {
    const response = await handla(fixture.slutkundA.id, tokenA)

    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location') as string)
    expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:9/butik')
    expect(location.searchParams.get('overlamning')).toMatch(/^[\w-]{43}$/)
  })

  it('should refuse Handla for a slutkund of another enhet with 403', async () => {
    const response = await handla(fixture.slutkundB.id, tokenA)

    expect(response.status).toBe(403)
    expect(await response.text()).toContain(
      'Du har inte behörighet att handla åt den här slutkunden.',
    )
  })

  it('should send a visitor who is not logged in to the login page', async () => {
    const response = await handla(fixture.slutkundA.id)

    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(`/handla/${fixture.slutkundA.id}`)}`,
    )
  })

  it('should give the shop the delivery details once for a hand-off', async () => {
    const token = handoffTokenOf(await handla(fixture.slutkundA.id, tokenA))

    const response = await redeem(butikKey, token)
    const body = await response.json()

    expect(response.status).toBe(200)
    expect({
      bestallare: body.bestallare.id,
      enhet: body.enhet,
      fonster: body.leverans.leveransfonster,
      slutkund: {
        betalsatt: body.slutkund.betalsatt,
        gatuadress: body.slutkund.gatuadress,
        id: body.slutkund.id,
        namn: body.slutkund.namn,
      },
    }).toEqual({
      bestallare: fixture.bestallareA.id,
      enhet: { id: fixture.enhetA.id, namn: 'Hemtjänst Centrum' },
      fonster: fixture.fonsterA.id,
      slutkund: {
        betalsatt: 'matkonto',
        gatuadress: 'Storgatan 12',
        id: fixture.slutkundA.id,
        namn: 'Astrid Svensson',
      },
    })
  })

  it('should refuse to redeem a hand-off a second time', async () => {
    const token = handoffTokenOf(await handla(fixture.slutkundA.id, tokenA))
    await redeem(butikKey, token)

    const response = await redeem(butikKey, token)
    const body = await response.json()

    expect(response.status).toBe(410)
    expect(body.errors[0].message).toBe(
      'Överlämningen är redan använd. Tryck på Handla i portalen igen.',
    )
  })

  it('should refuse to redeem a hand-off after 10 minutes', async () => {
    const created = await createHandoff({
      now: new Date(Date.now() - 10 * 60 * 1000 - 1000),
      payload,
      slutkundID: fixture.slutkundA.id,
      user: { ...fixture.bestallareA, collection: 'bestallare' },
    })
    const token = created.kind === 'created' ? created.token : ''

    const response = await redeem(butikKey, token)
    const body = await response.json()

    expect(response.status).toBe(410)
    expect(body.errors[0].message).toBe(
      'Överlämningen har gått ut. Tryck på Handla i portalen igen.',
    )
  })

  it('should refuse a hand-off of another konto’s slutkund and keep it redeemable', async () => {
    const token = handoffTokenOf(await handla(fixture.slutkundA.id, tokenA))

    const refused = await redeem(otherKontoKey, token)
    const accepted = await redeem(butikKey, token)

    expect([refused.status, accepted.status]).toEqual([403, 200])
  })

  it('should refuse an integration that is not a shop', async () => {
    const token = handoffTokenOf(await handla(fixture.slutkundA.id, tokenA))

    const response = await redeem(leveransKey, token)
    const body = await response.json()

    expect(response.status).toBe(403)
    expect(body.errors[0].message).toBe('Bara en butiksintegration kan lösa in en överlämning.')
  })
})
