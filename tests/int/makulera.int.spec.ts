import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer
let tokenA: string
let tokenB: string

// Mondays, for fonsterA (Monday 10–13, stopptid one day before at 12:00).
const futureMonday = '2030-01-07'
const pastMonday = '2020-01-06'

const createOrder = async ({
  leveransdatum,
  ordernummer,
}: {
  leveransdatum: string
  ordernummer: string
}) =>
  payload.create({
    collection: 'ordrar',
    data: { leveransdatum, ordernummer, slutkund: fixture.slutkundA.id } as never,
  })

const makulera = (id: number, token: string) =>
  fetch(`${server.url}/api/ordrar/${id}/makulera`, {
    headers: { Authorization: `JWT ${token}` },
    method: 'POST',
  })

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'makulera' })
  server = await startApiServer()
  tokenA = await loginOverHttp({
    email: fixture.bestallareA.email,
    password: fixturePassword,
    url: server.url,
  })
  tokenB = await loginOverHttp({
    email: fixture.bestallareB.email,
    password: fixturePassword,
    url: server.url,
  })
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('Makulera', () => {
  it('should cancel an active order before its stopptid and record who did it', async () => {
    const order = await createOrder({ leveransdatum: futureMonday, ordernummer: 'M-1' })

    const response = await makulera(order.id, tokenA)
    const body = await response.json()

    expect(response.status).toBe(200)
    expect(body.message).toBe('Ordern är makulerad.')
    const stored = await payload.findByID({ collection: 'ordrar', depth: 0, id: order.id })
    expect({ makuleradAv: stored.makuleradAv, status: stored.status }).toEqual({
      makuleradAv: fixture.bestallareA.id,
      status: 'makulerad',
    })
    expect(stored.makuleradTid).toEqual(expect.any(String))
  })

  it('should refuse after stopptid with 409 and the support phone', async () => {
    const order = await createOrder({ leveransdatum: pastMonday, ordernummer: 'M-2' })

    const response = await makulera(order.id, tokenA)
    const body = await response.json()

    expect(response.status).toBe(409)
    expect(body.errors[0].message).toBe(
      'Stopptiden har passerat. Ring Coop Företagssupport på 0771-17 17 77 (08:00–17:00) för att makulera ordern.',
    )
  })

  it('should refuse an order that is already delivered with 409', async () => {
    const order = await createOrder({ leveransdatum: futureMonday, ordernummer: 'M-3' })
    await payload.update({ collection: 'ordrar', data: { status: 'levererad' }, id: order.id })

    const response = await makulera(order.id, tokenA)
    const body = await response.json()

    expect(response.status).toBe(409)
    expect(body.errors[0].message).toBe(
      'Ordern är redan levererad och kan inte makuleras. Ring Coop Företagssupport på 0771-17 17 77 (08:00–17:00) om något är fel.',
    )
  })

  it('should refuse a beställare of another enhet with 403 and leave the order as it was', async () => {
    const order = await createOrder({ leveransdatum: futureMonday, ordernummer: 'M-4' })

    const response = await makulera(order.id, tokenB)

    expect(response.status).toBe(403)
    const stored = await payload.findByID({ collection: 'ordrar', depth: 0, id: order.id })
    expect(stored.status).toBe('mottagen')
  })
})
