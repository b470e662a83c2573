import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { getNextDelivery } from '../../src/delivery/getNextDelivery'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer
let tokenA: string
let tokenAB: string

type Row = {
  betalsatt: string
  enhet: { id: number; namn: string }
  id: number
  namn: string
  nastaLeverans: null | { leveransdatum: string; stopptid: string }
  senasteOrder: null | { ordernummer: string; status: string }
}

const startPage = async (token: string, search = '') => {
  const response = await fetch(`${server.url}/api/startsida${search}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { rows: Row[]; totalDocs: number; totalPages: number }
}

const namesOf = (rows: Row[]) => rows.map((row) => row.namn)

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'start' })
  const more = [
    {
      efternamn: 'Holm',
      enhet: fixture.enhetA,
      fonster: fixture.fonsterA,
      fornamn: 'Gunnar',
      gatuadress: 'Nygatan 4',
      mobilnummer: '070-174 06 22',
    },
    {
      efternamn: 'Åberg',
      enhet: fixture.enhetA,
      fonster: fixture.fonsterA,
      fornamn: 'Ingrid',
      gatuadress: 'Sandgatan 9',
    },
    {
      efternamn: 'Ström',
      enhet: fixture.enhetB,
      fonster: fixture.fonsterB,
      fornamn: 'Karl',
      gatuadress: 'Nygatan 8',
    },
  ]
  for (const data of more) {
    await payload.create({ collection: 'slutkunder', data: slutkundData(data) })
  }
  const bestallareAB: Bestallare = await payload.create({
    collection: 'bestallare',
    data: {
      efternamn: 'Testsson',
      email: 'start.ab@test.se',
      enheter: [fixture.enhetA.id, fixture.enhetB.id],
      fornamn: 'Test',
      konto: fixture.konto.id,
      password: fixturePassword,
      roll: 'bestallare',
      telefon: '0346-88 60 00',
    },
    disableVerificationEmail: true,
  })
  server = await startApiServer()
  tokenA = await loginOverHttp({
    email: fixture.bestallareA.email,
    password: fixturePassword,
    url: server.url,
  })
  tokenAB = await loginOverHttp({
    email: bestallareAB.email,
    password: fixturePassword,
    url: server.url,
  })
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('start page', () => {
  it('should hold exactly the slutkunder of the beställare’s enheter, by efternamn', async () => {
    const { rows, totalDocs } = await startPage(tokenA)

    expect({ names: namesOf(rows), totalDocs }).toEqual({
      names: ['Gunnar Holm', 'Astrid Svensson', 'Ingrid Åberg'],
      totalDocs: 3,
    })
  })

  it('should filter by enhet', async () => {
    const { rows } = await startPage(tokenAB, `?enhet=${fixture.enhetB.id}`)

    expect(namesOf(rows)).toEqual(['Karl Ström', 'Bertil Svensson'])
  })

  it('should show nothing for an enhet the beställare does not have', async () => {
    const { rows, totalDocs } = await startPage(tokenA, `?enhet=${fixture.enhetB.id}`)

    expect({ names: namesOf(rows), totalDocs }).toEqual({ names: [], totalDocs: 0 })
  })

  it('should search by name', async () => {
    const { rows } = await startPage(tokenAB, '?sok=ingrid')

    expect(namesOf(rows)).toEqual(['Ingrid Åberg'])
  })

  it('should search by address within the beställare’s enheter', async () => {
    const { rows } = await startPage(tokenA, '?sok=Nygatan')

    expect(namesOf(rows)).toEqual(['Gunnar Holm'])
  })

  it('should search by phone number written with spaces and dash', async () => {
    const { rows } = await startPage(tokenAB, '?sok=070-174 06 22')

    expect(namesOf(rows)).toEqual(['Gunnar Holm'])
  })

  it('should sort and page as the URL says', async () => {
    const { rows, totalPages } = await startPage(tokenAB, '?sortera=-namn&antal=2&sida=2')

    expect({ names: namesOf(rows), totalPages }).toEqual({
      names: ['Gunnar Holm', 'Bertil Svensson'],
      totalPages: 3,
    })
  })

  it('should show enhet, betalsätt, next delivery and the latest order’s status', async () => {
    const order = { leveransdatum: '2030-01-07', slutkund: fixture.slutkundA.id }
    await payload.create({ collection: 'ordrar', data: { ...order, ordernummer: 'S-1' } as never })
    const latest = await payload.create({
      collection: 'ordrar',
      data: { ...order, ordernummer: 'S-2' } as never,
    })
    await payload.update({ collection: 'ordrar', data: { status: 'plockas' }, id: latest.id })

    const before = new Date()
    const { rows } = await startPage(tokenA, '?sok=Astrid')

    const expected = getNextDelivery({ fonster: fixture.fonsterA, now: before })
    expect(rows[0]).toEqual({
      betalsatt: 'matkonto',
      enhet: { id: fixture.enhetA.id, namn: 'Hemtjänst Centrum' },
      id: fixture.slutkundA.id,
      namn: 'Astrid Svensson',
      nastaLeverans: {
        end: expected.end.toISOString(),
        leveransdatum: expected.leveransdatum,
        start: expected.start.toISOString(),
        stopptid: expected.stopptid.toISOString(),
      },
      senasteOrder: { id: latest.id, ordernummer: 'S-2', status: 'plockas' },
    })
  })
})
