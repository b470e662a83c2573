import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'

import { findLeveransfonsterByID } from '../../src/db/findLeveransfonsterOf'
import { findSlutkundByID } from '../../src/db/findSlutkundByID'
import { getKonto } from '../../src/konto/getKonto'
import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'

let payload: Payload
let fixture: Fixture

// A Monday, for fonsterA (Monday 10–13).
const futureMonday = '2030-01-14'

const newRequest = async (): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...fixture.support, collection: 'bestallare' } }, payload)

/** Counts the adapter's reads of each collection while `task` runs. */
const countFinds = async (task: () => Promise<unknown>): Promise<Map<string, number>> => {
  const counts = new Map<string, number>()
  const original = payload.db.find
  payload.db.find = ((args: Parameters<typeof original>[0]) => {
    counts.set(args.collection, (counts.get(args.collection) ?? 0) + 1)
    return original.call(payload.db, args)
  }) as typeof original
  try {
    await task()
  } finally {
    payload.db.find = original
  }
  return counts
}

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'requestreads' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('reads shared by one request', () => {
  it('should read the slutkund, konto and leveransfönster once while an order is created', async () => {
    const counts = await countFinds(() =>
      payload.create({
        collection: 'ordrar',
        data: {
          leveransdatum: futureMonday,
          ordernummer: 'RR-1',
          slutkund: fixture.slutkundA.id,
        } as never,
        depth: 0,
      }),
    )

    expect({
      konton: counts.get('konton'),
      leveransfonster: counts.get('leveransfonster'),
      slutkunder: counts.get('slutkunder'),
    }).toEqual({ konton: 1, leveransfonster: 1, slutkunder: 1 })
  })

  it('should read a slutkund again after the same request changed it', async () => {
    const req = await newRequest()
    const before = await findSlutkundByID({ id: fixture.slutkundA.id, req })
    await payload.update({
      collection: 'slutkunder',
      data: { gatuadress: 'Storgatan 99' },
      id: fixture.slutkundA.id,
      req,
    })
    const after = await findSlutkundByID({ id: fixture.slutkundA.id, req })

    expect([before?.gatuadress, after?.gatuadress]).toEqual([
      fixture.slutkundA.gatuadress,
      'Storgatan 99',
    ])
  })

  it('should read a konto again after the same request changed it', async () => {
    const req = await newRequest()
    await getKonto({ id: fixture.konto.id, req })
    await payload.update({
      collection: 'konton',
      data: { namn: 'Ändrat namn i samma begäran' },
      id: fixture.konto.id,
      req,
    })

    expect((await getKonto({ id: fixture.konto.id, req }))?.namn).toBe(
      'Ändrat namn i samma begäran',
    )
  })

  it('should read a leveransfönster again after the same request changed it', async () => {
    const req = await newRequest()
    await findLeveransfonsterByID({ id: fixture.fonsterA.id, req })
    await payload.update({
      collection: 'leveransfonster',
      data: { sluttid: '14:30' },
      id: fixture.fonsterA.id,
      req,
    })

    expect((await findLeveransfonsterByID({ id: fixture.fonsterA.id, req }))?.sluttid).toBe('14:30')
  })

  it('should not share reads between two requests', async () => {
    const first = await newRequest()
    await findSlutkundByID({ id: fixture.slutkundB.id, req: first })
    await payload.update({
      collection: 'slutkunder',
      data: { ort: 'Ullared' },
      id: fixture.slutkundB.id,
      overrideAccess: true,
    })

    expect(
      (await findSlutkundByID({ id: fixture.slutkundB.id, req: await newRequest() }))?.ort,
    ).toBe('Ullared')
  })
})
