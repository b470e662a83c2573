import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { FakeTwilio } from '../support/fakeTwilio'

import { planSms } from '../../src/jobs/planSms'
import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'
import { startFakeTwilio } from '../support/fakeTwilio'

const messageCount = 500

let payload: Payload
let fixture: Fixture
let twilio: FakeTwilio

beforeAll(async () => {
  twilio = await startFakeTwilio()
  process.env.TWILIO_ACCOUNT_SID = twilio.accountSid
  process.env.TWILIO_AUTH_TOKEN = twilio.authToken
  process.env.TWILIO_FROM = '+46700000001'
  process.env.TWILIO_API_BASE_URL = twilio.url
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'runners' })
})

afterAll(async () => {
  await payload.destroy()
  await twilio.stop()
})

// Few jobs at a time per runner, as a worker process would take them; the runners overlap.
const runUntilEmpty = async () => {
  for (let round = 0; round < 400; round++) {
    const result = await payload.jobs.run({ limit: 5, queue: 'sms' })
    if (result.noJobsRemaining) {
      return
    }
  }
}

// A loaded machine can drop a loopback connection; such SMS wait out a back-off, which this
// moves into the past, as time passing would.
const runBothUntilDone = async () => {
  for (let pass = 0; pass < 5; pass++) {
    await Promise.all([runUntilEmpty(), runUntilEmpty()])
    const { totalDocs } = await payload.count({
      collection: 'utskick',
      overrideAccess: true,
      where: { status: { equals: 'planerad' } },
    })
    if (totalDocs === 0) {
      return
    }
    await payload.db.updateMany({
      collection: 'payload-jobs',
      data: { waitUntil: new Date(Date.now() - 60_000).toISOString() },
      where: { completedAt: { exists: false } },
    })
  }
}

describe('two runners', () => {
  it('should send each of 500 due SMS exactly once when two runners work the queue at once', async () => {
    const req = await createLocalReq({}, payload)
    const plannedAt = new Date(Date.now() - 60_000)
    for (let index = 0; index < messageCount; index++) {
      // Straight into the database: this test is about the queue, not about order intake.
      const order = await payload.db.create({
        collection: 'ordrar',
        data: {
          enhet: fixture.enhetA.id,
          konto: fixture.konto.id,
          leveransdatum: '2027-01-11T12:00:00.000Z',
          ordernummer: `RUN-${index}`,
          slutkund: fixture.slutkundA.id,
          sparningslank: `https://spara.example.se/leverans/${index}`,
          status: 'pa-vag',
          stopptid: '2027-01-10T11:00:00.000Z',
        },
      })
      await planSms({
        mall: 'narmar-sig',
        order: order as Parameters<typeof planSms>[0]['order'],
        planeradTid: plannedAt,
        req,
      })
    }

    await runBothUntilDone()

    const links = twilio.messages.map(({ body }) => body.split(' ').at(-1))
    expect(twilio.messages).toHaveLength(messageCount)
    expect(new Set(links).size).toBe(messageCount)
    const { docs } = await payload.find({
      collection: 'utskick',
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { mall: { equals: 'narmar-sig' } },
    })
    expect(docs.filter(({ status }) => status === 'skickad')).toHaveLength(messageCount)
    expect(new Set(docs.map(({ leverantorsId }) => leverantorsId)).size).toBe(messageCount)
  }, 600_000)
})
