import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer

const butikKey = 'ordrar-test-butik-nyckel-0001'
const otherKontoKey = 'ordrar-test-annan-butik-0002'

// 2030-01-07 is a Monday; fonsterA (Monday 10–13) has stopptid one day before at 12:00.
const leveransdatum = '2030-01-07'

const postOrder = (key: string, body: Record<string, unknown>) =>
  fetch(`${server.url}/api/ordrar`, {
    body: JSON.stringify(body),
    headers: { Authorization: `integrationer API-Key ${key}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })

const patchOrder = (key: string, id: number, body: Record<string, unknown>) =>
  fetch(`${server.url}/api/ordrar/${id}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `integrationer API-Key ${key}`, 'Content-Type': 'application/json' },
    method: 'PATCH',
  })

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'ordrar' })
  await payload.create({
    collection: 'integrationer',
    data: {
      apiKey: butikKey,
      enableAPIKey: true,
      konton: [fixture.konto.id],
      namn: 'Butik',
      typ: 'butik',
    },
  })
  await payload.create({
    collection: 'integrationer',
    data: {
      apiKey: otherKontoKey,
      enableAPIKey: true,
      konton: [fixture.kontoOther.id],
      namn: 'Annan butik',
      typ: 'butik',
    },
  })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('orders reported by the shop', () => {
  it('should make one order when the same report is sent twice at once', async () => {
    const report = {
      belopp: 312.5,
      leveransdatum,
      ordernummer: 'W-1001',
      slutkund: fixture.slutkundA.id,
    }

    const responses = await Promise.all([postOrder(butikKey, report), postOrder(butikKey, report)])
    const bodies = await Promise.all(responses.map((response) => response.json()))

    expect(responses.map((response) => response.status).sort()).toEqual([200, 201])
    expect(bodies[0].doc.id).toBe(bodies[1].doc.id)
    const { totalDocs } = await payload.count({
      collection: 'ordrar',
      where: { ordernummer: { equals: 'W-1001' } },
    })
    expect(totalDocs).toBe(1)
  })

  it('should answer a report sent again later with the existing order and 200', async () => {
    const report = { leveransdatum, ordernummer: 'W-1002', slutkund: fixture.slutkundA.id }
    const first = await (await postOrder(butikKey, report)).json()

    const again = await postOrder(butikKey, report)
    const body = await again.json()

    expect(again.status).toBe(200)
    expect(body.doc.id).toBe(first.doc.id)
    expect(body.message).toBe('Ordern finns redan. Ingen ny order skapades.')
  })

  it('should ignore a caller-supplied konto, enhet, stopptid and delivery snapshot', async () => {
    const response = await postOrder(butikKey, {
      enhet: fixture.enhetOther.id,
      konto: fixture.kontoOther.id,
      leverans: { gatuadress: 'Falsk väg 1', namn: 'Någon annan' },
      leveransdatum,
      ordernummer: 'W-1003',
      slutkund: fixture.slutkundA.id,
      status: 'levererad',
      stopptid: '2031-01-01T00:00:00.000Z',
    })
    const { doc } = await response.json()

    expect(response.status).toBe(201)
    expect({
      enhet: doc.enhet,
      konto: doc.konto,
      leverans: doc.leverans,
      leveransdatum: doc.leveransdatum,
      leveransfonster: doc.leveransfonster,
      status: doc.status,
      stopptid: doc.stopptid,
    }).toEqual({
      enhet: fixture.enhetA.id,
      konto: fixture.konto.id,
      leverans: {
        gatuadress: 'Storgatan 12',
        kommentarChauffor: null,
        namn: 'Astrid Svensson',
        ort: 'Falkenberg',
        portkod: null,
        postnummer: '31131',
      },
      leveransdatum: '2030-01-07T12:00:00.000Z',
      leveransfonster: fixture.fonsterA.id,
      status: 'mottagen',
      stopptid: '2030-01-06T11:00:00.000Z',
    })
  })

  it('should refuse an order for a slutkund of a konto the integration does not act for', async () => {
    const response = await postOrder(otherKontoKey, {
      leveransdatum,
      ordernummer: 'W-1004',
      slutkund: fixture.slutkundA.id,
    })

    expect(response.status).toBe(403)
    expect(
      await payload.count({ collection: 'ordrar', where: { ordernummer: { equals: 'W-1004' } } }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it('should refuse to move the status backwards', async () => {
    const { doc } = await (
      await postOrder(butikKey, {
        leveransdatum,
        ordernummer: 'W-1005',
        slutkund: fixture.slutkundA.id,
      })
    ).json()
    await patchOrder(butikKey, doc.id, { status: 'plockas' })

    const response = await patchOrder(butikKey, doc.id, { status: 'mottagen' })
    const body = await response.json()

    expect(response.status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        message:
          'Statusen kan bara flyttas framåt: mottagen → plockas → på väg → levererad, eller till makulerad.',
        path: 'status',
      },
    ])
  })

  it('should refuse pa-vag without a tracking link', async () => {
    const { doc } = await (
      await postOrder(butikKey, {
        leveransdatum,
        ordernummer: 'W-1006',
        slutkund: fixture.slutkundA.id,
      })
    ).json()

    const response = await patchOrder(butikKey, doc.id, { status: 'pa-vag' })
    const body = await response.json()

    expect(response.status).toBe(400)
    expect(body.errors[0].data.errors[0].message).toBe('Ange spårningslänken när ordern är på väg.')
  })

  it('should record the integration that moved an order in its history', async () => {
    const { doc } = await (
      await postOrder(butikKey, {
        leveransdatum,
        ordernummer: 'W-1007',
        slutkund: fixture.slutkundA.id,
      })
    ).json()

    await patchOrder(butikKey, doc.id, {
      sparningslank: 'https://spara.example/abc',
      status: 'pa-vag',
    })

    const versions = await payload.findVersions({
      collection: 'ordrar',
      depth: 0,
      sort: '-updatedAt',
      where: { parent: { equals: doc.id } },
    })
    const latest = versions.docs[0].version
    expect({ by: latest.senastAndradAv?.relationTo, status: latest.status }).toEqual({
      by: 'integrationer',
      status: 'pa-vag',
    })
  })
})
