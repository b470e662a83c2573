import type { CollectionAfterChangeHook, Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'

import type { Order } from '../src/payload-types'
import type { FakeTwilio } from '../tests/support/fakeTwilio'

import { planDeliverySms } from '../hooks/planDeliverySms'
import { smsQueue } from '../src/jobs/constants'
import { elapsedSince, now } from './measure'
import { runSql } from './rawQueries'

export type PlanResult = { jobsQueued: number; orders: number; planned: number; seconds: number }

export type SendResult = {
  due: number
  failed: number
  /** Back in `planerad` after a provider error; the queue retries them after a back-off. */
  retrying: number
  runs: number
  seconds: number
  sent: number
  twilioMessages: number
}

/** The bench-only routes of the server child (bench/serverMain.ts) that the SMS phases call. */
export type SmsServer = {
  planSms: (orderIDs: number[]) => Promise<{ orders: number; seconds: number }>
  runJobs: (args: { limit: number; sequential: boolean }) => Promise<{ noJobsRemaining: boolean }>
}

/**
 * In the server child: the day-before SMS of the orders `orderIDs`, planned by the same hook
 * that plans it when an order arrives (one log row and one queued job per order). `seconds`
 * is the hooks' time alone, without reading the orders.
 */
export const planSmsByHook = async ({
  orderIDs,
  payload,
}: {
  orderIDs: number[]
  payload: Payload
}): Promise<{ orders: number; seconds: number }> => {
  const { docs } = await payload.find({
    collection: 'ordrar',
    depth: 0,
    limit: orderIDs.length,
    pagination: false,
    sort: 'id',
    where: { id: { in: orderIDs } },
  })

  const hook = planDeliverySms as CollectionAfterChangeHook<Order>
  const start = now()
  for (const doc of docs) {
    // A request of its own per order, as when the order arrives: one request's data loader
    // would otherwise keep every document of the 10,000 plans in memory.
    const req = await createLocalReq({}, payload)
    await hook({
      collection: payload.collections.ordrar.config,
      context: {},
      data: doc,
      doc,
      operation: 'create',
      previousDoc: undefined as unknown as Order,
      req,
    })
  }
  return { orders: docs.length, seconds: elapsedSince(start) / 1000 }
}

/**
 * The day-before SMS of `count` seeded orders, planned in the server child, `batch` orders a
 * request (one request for all would outlast fetch's 300-s header time-out at 10,000).
 * The counts before and after are read here.
 */
export const planSmsForOrders = async ({
  batch = 100,
  count,
  payload,
  server,
}: {
  batch?: number
  count: number
  payload: Payload
  server: SmsServer
}): Promise<PlanResult> => {
  const { docs } = await payload.find({
    collection: 'ordrar',
    depth: 0,
    limit: count,
    pagination: false,
    select: { ordernummer: true },
    sort: 'id',
    where: { and: [{ senaste: { equals: true } }, { ordernummer: { like: 'S-' } }] },
  })
  const orderIDs = docs.map(({ id }) => id)
  const jobsBefore = await payload.count({ collection: 'payload-jobs' })
  const plannedBefore = await payload.count({
    collection: 'utskick',
    where: { status: { equals: 'planerad' } },
  })

  let orders = 0
  let seconds = 0
  for (let index = 0; index < orderIDs.length; index += batch) {
    const result = await server.planSms(orderIDs.slice(index, index + batch))
    orders += result.orders
    seconds += result.seconds
  }

  const jobsAfter = await payload.count({ collection: 'payload-jobs' })
  const plannedAfter = await payload.count({
    collection: 'utskick',
    where: { status: { equals: 'planerad' } },
  })
  return {
    jobsQueued: jobsAfter.totalDocs - jobsBefore.totalDocs,
    orders,
    planned: plannedAfter.totalDocs - plannedBefore.totalDocs,
    seconds,
  }
}

/**
 * Makes `count` of the queued SMS jobs due (their `waitUntil` moved into the past) and runs
 * the queue in the server child as the server's runner does, `limit` jobs a round, until
 * none is left. The due jobs are moved here, before the child runs any.
 */
export const sendDueSms = async ({
  count,
  limit,
  payload,
  server,
  twilio,
}: {
  count: number
  limit: number
  payload: Payload
  server: SmsServer
  twilio: FakeTwilio
}): Promise<SendResult> => {
  const past = new Date(Date.now() - 60_000).toISOString()
  await runSql(
    payload,
    sql`UPDATE payload_jobs SET wait_until = ${past} WHERE id IN (
      SELECT id FROM payload_jobs WHERE queue = ${smsQueue} AND completed_at IS NULL
      ORDER BY id LIMIT ${count})`,
  )
  const due = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: smsQueue } },
        { completedAt: { exists: false } },
        { waitUntil: { less_than: new Date().toISOString() } },
      ],
    },
  })
  const sentBefore = await payload.count({
    collection: 'utskick',
    where: { status: { equals: 'skickad' } },
  })
  twilio.reset()

  let runs = 0
  const start = now()
  for (;;) {
    runs += 1
    const result = await server.runJobs({
      limit,
      sequential: process.env.BENCH_SMS_SEQUENTIAL === 'true',
    })
    if (result.noJobsRemaining || runs > Math.ceil((count * 2) / limit) + 5) {
      break
    }
  }
  const seconds = elapsedSince(start) / 1000

  const sentAfter = await payload.count({
    collection: 'utskick',
    where: { status: { equals: 'skickad' } },
  })
  const failed = await payload.count({
    collection: 'utskick',
    where: { status: { equals: 'misslyckad' } },
  })
  const retrying = await payload.count({
    collection: 'utskick',
    where: { and: [{ status: { equals: 'planerad' } }, { forsok: { greater_than: 0 } }] },
  })
  return {
    due: due.totalDocs,
    failed: failed.totalDocs,
    retrying: retrying.totalDocs,
    runs,
    seconds,
    sent: sentAfter.totalDocs - sentBefore.totalDocs,
    twilioMessages: twilio.messages.length,
  }
}
