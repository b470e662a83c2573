import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Order, Slutkund, Utskick } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { FakeTwilio } from '../support/fakeTwilio'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, slutkundData } from '../harness/fixtures'
import { startFakeTwilio } from '../support/fakeTwilio'

let payload: Payload
let fixture: Fixture
let twilio: FakeTwilio
let orderCounter = 0

const sparningslank = 'https://spara.example.se/leverans/4711'

beforeAll(async () => {
  twilio = await startFakeTwilio()
  process.env.TWILIO_ACCOUNT_SID = twilio.accountSid
  process.env.TWILIO_AUTH_TOKEN = twilio.authToken
  process.env.TWILIO_FROM = '+46700000001'
  process.env.TWILIO_API_BASE_URL = twilio.url
  delete process.env.SMS_DAGEN_FORE_TID
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'sms' })
})

afterAll(async () => {
  await payload.destroy()
  await twilio.stop()
})

// Each test watches only its own SMS: jobs still waiting from an earlier test are dropped.
beforeEach(async () => {
  await payload.db.deleteMany({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
  })
  twilio.reset()
})

/** A slutkund of enhet B, whose leveransfönster is on Tuesdays 10:00–13:00. */
const createSlutkund = (overrides: Omit<Partial<Slutkund>, 'enhet'> = {}) =>
  payload.create({
    collection: 'slutkunder',
    data: slutkundData({ enhet: fixture.enhetB, fonster: fixture.fonsterB, ...overrides }),
  })

const createOrder = async ({
  leveransdatum,
  now,
  slutkund,
}: {
  leveransdatum: string
  now: Date
  slutkund: Slutkund
}): Promise<Order> => {
  orderCounter += 1
  return payload.create({
    collection: 'ordrar',
    context: { now },
    data: {
      belopp: 412.5,
      leveransdatum,
      leveransfonster: fixture.fonsterB.id,
      ordernummer: `SMS-${orderCounter}`,
      slutkund: slutkund.id,
      status: 'mottagen',
      stopptid: `${leveransdatum}T11:00:00.000Z`,
    },
    overrideAccess: true,
  })
}

const updateOrder = (order: Order, data: Partial<Order>, now: Date) =>
  payload.update({
    collection: 'ordrar',
    context: { now },
    data,
    id: order.id,
    overrideAccess: true,
  })

const findUtskick = async (order: Order): Promise<Utskick[]> => {
  const { docs } = await payload.find({
    collection: 'utskick',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'createdAt',
    where: { and: [{ order: { equals: order.id } }, { kanal: { equals: 'sms' } }] },
  })
  return docs
}

// The queue compares waitUntil with the real clock; moving it back stands in for time passing.
const makeQueuedJobsDue = () =>
  payload.db.updateMany({
    collection: 'payload-jobs',
    data: { waitUntil: new Date(Date.now() - 60_000).toISOString() },
    where: { completedAt: { exists: false } },
  })

const runQueue = async () => {
  for (let round = 0; round < 50; round++) {
    const result = await payload.jobs.run({ limit: 100, queue: 'sms' })
    if (result.noJobsRemaining) {
      return
    }
  }
}

describe('day-before SMS', () => {
  it('should plan one dagen-fore SMS for Monday 17:00 Stockholm time for a Tuesday order', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })

    const rows = await findUtskick(order)
    expect(rows.map(({ mall, planeradTid, status }) => ({ mall, planeradTid, status }))).toEqual([
      { mall: 'dagen-fore', planeradTid: '2027-01-11T16:00:00.000Z', status: 'planerad' },
    ])
    expect(rows[0].mottagare).toBe('0701740610')
    expect(rows[0].innehall).toBe(
      'Hej! I morgon, tisdag 12 januari, kommer dina varor från Coop mellan 10:00 och 13:00. Vänliga hälsningar, Coop',
    )
  })

  it('should plan Monday 17:00 summer time for a Tuesday order placed before the clocks change', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-03-30',
      now: new Date('2027-03-24T10:00:00.000Z'),
      slutkund,
    })

    const rows = await findUtskick(order)
    expect(rows.map(({ planeradTid }) => planeradTid)).toEqual(['2027-03-29T15:00:00.000Z'])
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { 'input.utskickId': { equals: String(rows[0].id) } },
    })
    expect(jobs.map(({ waitUntil }) => waitUntil)).toEqual(['2027-03-29T15:00:00.000Z'])
  })

  it('should plan the dagen-fore SMS at the konto’s own time when it has one', async () => {
    await payload.update({
      collection: 'konton',
      data: { smsDagenForeTid: '18:30' },
      id: fixture.kontoOther.id,
      overrideAccess: true,
    })
    orderCounter += 1
    const order = await payload.create({
      collection: 'ordrar',
      context: { now: new Date('2027-01-05T10:00:00.000Z') },
      data: {
        leveransdatum: '2027-01-13',
        leveransfonster: fixture.fonsterOther.id,
        ordernummer: `SMS-${orderCounter}`,
        slutkund: fixture.slutkundOther.id,
        status: 'mottagen',
        stopptid: '2027-01-12T11:00:00.000Z',
      },
      overrideAccess: true,
    })

    expect((await findUtskick(order)).map(({ planeradTid }) => planeradTid)).toEqual([
      '2027-01-12T17:30:00.000Z',
    ])
  })

  it('should plan the dagen-fore SMS at SMS_DAGEN_FORE_TID when the konto has no time of its own', async () => {
    const setKontoTid = (smsDagenForeTid: null | string) =>
      payload.update({
        collection: 'konton',
        data: { smsDagenForeTid },
        id: fixture.konto.id,
        overrideAccess: true,
      })
    await setKontoTid(null)
    process.env.SMS_DAGEN_FORE_TID = '16:00'
    try {
      const order = await createOrder({
        leveransdatum: '2027-01-12',
        now: new Date('2027-01-05T10:00:00.000Z'),
        slutkund: await createSlutkund(),
      })
      expect((await findUtskick(order)).map(({ planeradTid }) => planeradTid)).toEqual([
        '2027-01-11T15:00:00.000Z',
      ])
    } finally {
      delete process.env.SMS_DAGEN_FORE_TID
      await setKontoTid('17:00')
    }
  })

  it('should re-plan the dagen-fore SMS when the delivery moves and send only the new plan', async () => {
    const now = new Date('2027-01-05T10:00:00.000Z')
    const slutkund = await createSlutkund()
    const order = await createOrder({ leveransdatum: '2027-01-12', now, slutkund })
    await updateOrder(order, { leveransdatum: '2027-01-19' }, now)

    const rows = await findUtskick(order)
    expect(rows.map(({ planeradTid, status }) => ({ planeradTid, status }))).toEqual([
      { planeradTid: '2027-01-18T16:00:00.000Z', status: 'planerad' },
    ])

    await makeQueuedJobsDue()
    await runQueue()
    expect(twilio.messages.map(({ body }) => body)).toEqual([
      'Hej! I morgon, tisdag 19 januari, kommer dina varor från Coop mellan 10:00 och 13:00. Vänliga hälsningar, Coop',
    ])
  })

  it('should cancel the planned SMS when the order is cancelled', async () => {
    const now = new Date('2027-01-05T10:00:00.000Z')
    const slutkund = await createSlutkund()
    const order = await createOrder({ leveransdatum: '2027-01-12', now, slutkund })
    await updateOrder(order, { status: 'makulerad' }, now)

    await makeQueuedJobsDue()
    await runQueue()
    expect((await findUtskick(order)).map(({ status }) => status)).toEqual(['avbruten'])
    expect(twilio.messages).toEqual([])
  })
})

describe('driver-is-near SMS', () => {
  it('should send narmar-sig once with the tracking link when the order is on its way', async () => {
    const now = new Date('2027-01-12T09:30:00.000Z')
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-10T08:00:00.000Z'),
      slutkund,
    })
    await updateOrder(order, { sparningslank, status: 'pa-vag' }, now)
    await runQueue()
    await updateOrder(order, { sparningslank, status: 'pa-vag' }, now)
    await makeQueuedJobsDue()
    await runQueue()

    expect(twilio.messages.map(({ body, to }) => ({ body, to }))).toEqual([
      {
        body: `Hej! Chauffören med dina varor från Coop är snart framme. Följ leveransen här: ${sparningslank}`,
        to: '+46701740610',
      },
    ])
    const sent = (await findUtskick(order)).find(({ mall }) => mall === 'narmar-sig')
    expect(sent).toMatchObject({
      leverantorsId: twilio.messages[0].sid,
      mottagare: '0701740610',
      status: 'skickad',
    })
  })
})

describe('SMS that must not go out', () => {
  it('should log ej-skickad-fiktivt-nummer and send nothing to the fictive number', async () => {
    const slutkund = await createSlutkund({ smsNummer: '' })
    expect(slutkund.smsNummer).toBe('0765195442')
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })
    await updateOrder(
      order,
      { sparningslank, status: 'pa-vag' },
      new Date('2027-01-12T09:30:00.000Z'),
    )
    await makeQueuedJobsDue()
    await runQueue()

    const rows = await findUtskick(order)
    expect(rows.map(({ mall, status }) => ({ mall, status }))).toEqual([
      { mall: 'dagen-fore', status: 'ej-skickad-fiktivt-nummer' },
      { mall: 'narmar-sig', status: 'ej-skickad-fiktivt-nummer' },
    ])
    expect(twilio.messages).toEqual([])
  })

  it('should cancel and send nothing when the slutkund is removed', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })
    await payload.update({
      collection: 'slutkunder',
      data: { deletedAt: new Date().toISOString() },
      id: slutkund.id,
      overrideAccess: true,
    })
    await makeQueuedJobsDue()
    await runQueue()

    expect((await findUtskick(order)).map(({ status }) => status)).toEqual(['avbruten'])
    expect(twilio.messages).toEqual([])
  })
})

describe('provider errors', () => {
  it('should send once when Twilio answers 500 and then succeeds', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })
    twilio.failNext({ status: 500 })

    await makeQueuedJobsDue()
    await runQueue()
    const [afterFailure] = await findUtskick(order)
    expect(afterFailure).toMatchObject({
      fel: 'Twilio svarade 500 (felkod 20500)',
      forsok: 1,
      status: 'planerad',
    })

    await makeQueuedJobsDue()
    await runQueue()
    await makeQueuedJobsDue()
    await runQueue()

    expect(twilio.requests.map(({ status }) => status)).toEqual([500, 201])
    expect(twilio.messages).toHaveLength(1)
    const [sent] = await findUtskick(order)
    expect(sent).toMatchObject({
      forsok: 2,
      leverantorsId: twilio.messages[0].sid,
      status: 'skickad',
    })
  })
  it('should end as misslyckad with the error after the last retry', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })
    twilio.failNext({ status: 503, times: 5 })

    for (let attempt = 0; attempt < 6; attempt++) {
      await makeQueuedJobsDue()
      await runQueue()
    }

    expect(twilio.requests.map(({ status }) => status)).toEqual([503, 503, 503, 503, 503])
    expect(
      (await findUtskick(order)).map(({ fel, forsok, status }) => ({ fel, forsok, status })),
    ).toEqual([{ fel: 'Twilio svarade 503 (felkod 20503)', forsok: 5, status: 'misslyckad' }])
  })

  it('should end as misslyckad at once, without the number, when Twilio refuses the number', async () => {
    const slutkund = await createSlutkund()
    const order = await createOrder({
      leveransdatum: '2027-01-12',
      now: new Date('2027-01-05T10:00:00.000Z'),
      slutkund,
    })
    twilio.failNext({
      code: 21211,
      message: "Invalid 'To' Phone Number: +46701740610",
      status: 400,
    })

    await makeQueuedJobsDue()
    await runQueue()
    await makeQueuedJobsDue()
    await runQueue()

    expect(twilio.requests).toHaveLength(1)
    expect((await findUtskick(order)).map(({ fel, status }) => ({ fel, status }))).toEqual([
      { fel: 'Twilio svarade 400 (felkod 21211)', status: 'misslyckad' },
    ])
  })
})
