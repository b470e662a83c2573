/**
 * `npm run bench`: the start page, order intake and SMS at municipal scale, on a fresh
 * database of its own (a SQLite file in a temp folder, or a new database on the PostgreSQL
 * server of `DATABASE_URI`). Prints a Markdown table; figures are ratios against baselines
 * measured in the same run. Sizes and counts: BENCH_SIZES, BENCH_REQUESTS,
 * BENCH_INTAKE_SECONDS, BENCH_SMS_PLAN, BENCH_SMS_SEND (see bench/README.md).
 *
 * The server runs in a child process of its own (bench/serverMain.ts) on the same database,
 * so its RSS is measured apart; this process seeds, measures the SQL floor and the dashboard
 * call, runs the load clients and checks the results. The phases run one after another, so
 * this process writes (seeding, ANALYZE, making SMS due) only while the child serves nothing.
 */
import type { Payload, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import type { FakeTwilio } from '../tests/support/fakeTwilio'
import type { IntakeResult } from './intake'
import type { ServerProcess } from './serverProcess'
import type { CaseResult } from './startPage'

import { getDatabaseKind } from '../src/db/selectDatabaseAdapter'
import { startFakeTwilio } from '../tests/support/fakeTwilio'
import { createDatabase } from '../tests/support/postgresCluster'
import { runIntake } from './intake'
import { formatMb, formatMs, formatRatio, startRssSampler } from './measure'
import { analyze, runSql } from './rawQueries'
import { benchPassword, nextDatumOn, seedSlutkunderBulk, seedWorld } from './seed'
import { startServerProcess } from './serverProcess'
import { planSmsForOrders, sendDueSms } from './sms'
import { measureStartPageCase } from './startPage'

const readInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const sizes = (process.env.BENCH_SIZES || '1000,100000')
  .split(',')
  .map((value) => Number(value.trim()))
  .filter((value) => Number.isInteger(value) && value > 0)
  .sort((a, b) => a - b)
const requestCount = readInt('BENCH_REQUESTS', 200)
const intakeSeconds = readInt('BENCH_INTAKE_SECONDS', 30)
const intakeClients = readInt('BENCH_INTAKE_CLIENTS', 8)
const smsPlanCount = readInt('BENCH_SMS_PLAN', 10_000)
const smsSendCount = readInt('BENCH_SMS_SEND', 1000)
const smsRunnerLimit = readInt('BENCH_SMS_RUNNER_LIMIT', 50)
const pageSize = 50
const searchTerm = 'Lind'
const rssLimitMb = 600

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)

// --- A database, SMS provider and settings of the benchmark's own ----------------------
const kind = getDatabaseKind(process.env.DATABASE_URI)
if (kind === 'mongodb') {
  throw new Error('The benchmark runs on SQLite or PostgreSQL')
}
const dialect = kind
const tempDir = mkdtempSync(path.join(tmpdir(), 'ombudshandel-bench-'))
const loadAtStart = loadavg()[0]
const collectGarbage = (globalThis as { gc?: () => void }).gc

// Closed at the end whatever happened, in this order.
let runningServer: ServerProcess | undefined
let runningTwilio: FakeTwilio | undefined
let runningPayload: Payload | undefined

/** Runs every phase, prints the table and returns the wrong results (none: exit 0). */
const run = async (): Promise<string[]> => {
  if (dialect === 'postgres') {
    process.env.DATABASE_URI = await createDatabase({
      name: `bench_${randomBytes(6).toString('hex')}`,
      uri: process.env.DATABASE_URI as string,
    })
  } else {
    process.env.DATABASE_URI = `file:${path.join(tempDir, 'bench.db')}`
  }
  // The fake speaks plain HTTP through Node's global agent, whose idle keep-alive sockets
  // race the fake's own 5-s keep-alive close when the event loop is busy (ECONNRESET, then a
  // 30-s back-off). Production talks HTTPS through Twilio's own agent, so the benchmark opens
  // a connection a message instead (the server child, which sends them, does the same).
  http.globalAgent = new http.Agent({ keepAlive: false })
  const twilio = await startFakeTwilio()
  runningTwilio = twilio
  // The server child inherits this environment.
  Object.assign(process.env, {
    JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-secret-not-for-production',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_API_BASE_URL: twilio.url,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+46700000000',
  })
  delete process.env.TWILIO_MESSAGING_SERVICE_SID
  delete process.env.RESEND_API_KEY

  const ownRss = startRssSampler()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { loginOverHttp } = await import('../tests/harness/startApiServer')

  const payload: Payload = await getPayload({ config })
  runningPayload = payload
  ;(payload.logger as unknown as { level: string }).level = 'error'
  if (process.env.BENCH_SQLITE_WAL === 'true' && dialect === 'sqlite') {
    // Kept for old command lines: the product's adapter already opens SQLite in WAL mode,
    // which lets this process read while the server child writes.
    await runSql(payload, sql`PRAGMA journal_mode = WAL`)
  }

  log(`database: ${dialect}; sizes ${sizes.join(', ')}; ${requestCount} requests a measurement`)
  const world = await seedWorld({ enheterPerKonto: 5, kontoCount: 4, payload })
  // Booted after this process has pushed the schema and seeded the world: the child's own
  // schema push then finds every table in place and changes nothing.
  const server = await startServerProcess({ log })
  runningServer = server
  const serverRss = startRssSampler({ pid: server.pid })
  const serverBootHighWaterMark = serverRss.highWaterMark()
  log(`server child ${server.pid} serves on ${server.url}`)
  const token = await loginOverHttp({
    email: world.bestallare.email,
    password: benchPassword,
    url: server.url,
  })
  const user = { ...world.bestallare, collection: 'bestallare' } as TypedUser
  const scope = {
    enhetIDs: world.userEnheter.map(({ id }) => id),
    kontoID: world.konton[0].id,
  }

  /** A phase's RSS peaks should show what it needs, not garbage the previous phase left. */
  const startPhase = async () => {
    collectGarbage?.()
    await server.collectGarbage()
    ownRss.startPhase()
    serverRss.startPhase()
  }
  /** CPU seconds the server child spent in `task`: a figure the machine's load barely moves. */
  const serverCpuOf = async <T>(task: () => Promise<T>): Promise<[T, number]> => {
    const before = await server.cpuSeconds()
    const result = await task()
    return [result, (await server.cpuSeconds()) - before]
  }

  // --- Start page and search at each size ----------------------------------------------
  type SizeResult = {
    cases: CaseResult[]
    ownRssPeak: number
    seedRssPeak: number
    seedSeconds: number
    serverRssPeak: number
    size: number
  }
  const sizeResults: SizeResult[] = []
  let seeded = 0
  for (const size of sizes) {
    // The server child is idle while this process writes.
    await startPhase()
    const seedStart = performance.now()
    await seedSlutkunderBulk({ count: size - seeded, payload, startIndex: seeded, world })
    if (process.env.BENCH_COVERING_INDEX === 'true') {
      // An experiment, not the product's schema: the start page's filter, trash check and
      // sort in one index, so the page and its count are read from the index alone.
      await runSql(
        payload,
        sql`CREATE INDEX IF NOT EXISTS bench_slutkunder_start_page ON slutkunder (enhet_id, deleted_at, konto_id, efternamn, fornamn)`,
      )
    }
    await analyze(payload, dialect)
    const seedSeconds = (performance.now() - seedStart) / 1000
    seeded = size
    const seedRssPeak = ownRss.phasePeak()
    await startPhase()
    log(
      `seeded ${size} slutkunder (${(size * 2).toLocaleString('sv-SE')} orders) in ${seedSeconds.toFixed(1)} s`,
    )

    const cases: CaseResult[] = []
    for (const benchCase of [
      { search: null, title: 'start page (enhet filter)' },
      { search: searchTerm, title: `search "${searchTerm}"` },
    ]) {
      cases.push(
        await measureStartPageCase({
          ...benchCase,
          apiUrl: server.url,
          count: requestCount,
          dialect,
          enhetID: world.userEnheter[0].id,
          pageSize,
          payload,
          scope,
          token,
          user,
        }),
      )
      log(`measured ${benchCase.title} at ${size}`)
    }
    sizeResults.push({
      cases,
      ownRssPeak: ownRss.phasePeak(),
      seedRssPeak,
      seedSeconds,
      serverRssPeak: serverRss.phasePeak(),
      size,
    })
  }

  // --- Order intake over REST ----------------------------------------------------------
  const targetRows = await runSql(
    payload,
    sql`SELECT s.id, f.veckodag FROM slutkunder s
      JOIN slutkunder_rels r ON r.parent_id = s.id AND r.path = 'leveransfonster'
      JOIN leveransfonster f ON f.id = r.leveransfonster_id
      ORDER BY s.id DESC LIMIT 2000`,
  )
  const targets = targetRows.map((row) => ({
    leveransdatum: nextDatumOn({ minDays: 9, veckodag: String(row.veckodag) }),
    slutkund: Number(row.id),
  }))
  await startPhase()
  log(`intake: ${intakeClients} clients for ${intakeSeconds} s`)
  const [intake, intakeCpu]: [IntakeResult, number] = await serverCpuOf(() =>
    runIntake({
      apiKey: world.apiKey,
      apiUrl: server.url,
      clients: intakeClients,
      payload,
      seconds: intakeSeconds,
      targets,
    }),
  )
  const intakeRss = serverRss.phasePeak()
  const intakeOwnRss = ownRss.phasePeak()

  // --- SMS planning and sending, in the server child -----------------------------------
  await startPhase()
  log(`planning the day-before SMS of ${smsPlanCount} orders`)
  const [plan, planCpu] = await serverCpuOf(() =>
    planSmsForOrders({ count: smsPlanCount, payload, server }),
  )
  const planRss = serverRss.phasePeak()
  await startPhase()
  log(`sending ${smsSendCount} due SMS to the local Twilio fake`)
  const [send, sendCpu] = await serverCpuOf(() =>
    sendDueSms({ count: smsSendCount, limit: smsRunnerLimit, payload, server, twilio }),
  )
  const sendRss = serverRss.phasePeak()

  // Read before the child exits: its /proc entry goes with it.
  const serverHighWaterMark = serverRss.highWaterMark()
  const ownHighWaterMark = ownRss.highWaterMark()
  await server.stop()
  serverRss.stop()
  ownRss.stop()

  // --- The table -----------------------------------------------------------------------
  const lines: string[] = []
  const add = (line = '') => lines.push(line)
  const verdict = (isMet: boolean) => (isMet ? 'met' : '**missed**')
  const smallest = sizeResults[0]
  const largest = sizeResults[sizeResults.length - 1]

  add(
    `### ${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} — ${new Date().toISOString().slice(0, 16)}Z`,
  )
  add()
  add(
    `Node ${process.version}, ${requestCount} sequential requests a row after 10 warm-up, ` +
      `${pageSize} rows a page, server in a child process of its own; ` +
      `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores).`,
  )
  add()
  add(
    '| size | case | way | p50 ms | p95 ms | p50 / SQL floor | p50 / own at ' +
      `${smallest.size.toLocaleString('en-US')} |`,
  )
  add('| ---: | --- | --- | ---: | ---: | ---: | ---: |')
  for (const result of sizeResults) {
    for (const [index, benchCase] of result.cases.entries()) {
      const base = smallest.cases[index]
      const ways = [
        ['SQL floor', benchCase.raw, base.raw],
        ['dashboard (findVisibleSlutkunder)', benchCase.dashboard, base.dashboard],
        ['GET /api/startsida', benchCase.endpoint, base.endpoint],
        ['REST GET /api/slutkunder', benchCase.rest, base.rest],
      ] as const
      for (const [way, latency, baseLatency] of ways) {
        add(
          `| ${result.size.toLocaleString('en-US')} | ${benchCase.title} (${benchCase.rows} of ${benchCase.totalDocs}) | ${way} | ` +
            `${formatMs(latency.p50)} | ${formatMs(latency.p95)} | ` +
            `${formatRatio(latency.p50 / benchCase.raw.p50)} | ${formatRatio(latency.p50 / baseLatency.p50)} |`,
        )
      }
    }
  }
  add()
  const intakeRate = intake.created / intake.seconds
  const sendRate = send.sent / send.seconds
  add('| measurement | result |')
  add('| --- | --- |')
  add(
    `| order intake, ${intake.clients} clients, ${intake.seconds.toFixed(1)} s | ${intakeRate.toFixed(0)} new orders/s ` +
      `(${(intake.sent / intake.seconds).toFixed(0)} reports/s; ${intake.created} created, ` +
      `${intake.answeredAsExisting} answered as existing, ${intake.errors} errors) |`,
  )
  const perCore = (cpu: number, count: number) =>
    `${((cpu * 1000) / Math.max(1, count)).toFixed(1)} CPU ms each, so ≈ ${(count / cpu).toFixed(0)}/s on one idle core`
  add(
    `| CPU of the server process${dialect === 'postgres' ? ' (PostgreSQL server not included)' : ''} | ` +
      `intake ${perCore(intakeCpu, intake.sent)}; SMS planning ${perCore(planCpu, plan.orders)}; ` +
      `SMS sending ${perCore(sendCpu, send.sent)} |`,
  )
  add(
    `| duplicates sent on purpose | ${intake.duplicatesSent} (sequential re-sends and racing pairs) |`,
  )
  add(
    `| orders lost / doubled | ${intake.lost} / ${intake.doubled} (${intake.uniqueOrdernummer} ordernummer sent, ${intake.rowsFound} rows stored) |`,
  )
  add(
    `| SMS planning, ${plan.orders} orders | ${(plan.orders / plan.seconds).toFixed(0)} orders/s ` +
      `(${plan.seconds.toFixed(1)} s; ${plan.planned} planned, ${plan.jobsQueued} jobs queued) |`,
  )
  add(
    `| SMS runner, ${send.due} due, ${smsRunnerLimit} a round | ${sendRate.toFixed(0)} messages/s ` +
      `(${send.seconds.toFixed(1)} s; ${send.sent} sent, ${send.twilioMessages} at the fake, ` +
      `${send.retrying} waiting for a retry, ${send.failed} failed, ${send.runs} rounds) |`,
  )
  for (const result of sizeResults) {
    add(
      `| server RSS peak at ${result.size.toLocaleString('en-US')}: start-page requests | ${formatMb(result.serverRssPeak)} |`,
    )
  }
  add(`| server RSS peak, intake | ${formatMb(intakeRss)} |`)
  add(`| server RSS peak, SMS planning / sending | ${formatMb(planRss)} / ${formatMb(sendRss)} |`)
  add(
    `| server RSS high-water mark, whole run (boot included) | ${formatMb(serverHighWaterMark)} ` +
      `(${formatMb(serverBootHighWaterMark)} when it was ready) |`,
  )
  for (const result of sizeResults) {
    add(
      `| benchmark process RSS peak at ${result.size.toLocaleString('en-US')}: bulk seeding / start page (dashboard call and clients) | ` +
        `${formatMb(result.seedRssPeak)} (${result.seedSeconds.toFixed(1)} s) / ${formatMb(result.ownRssPeak)} |`,
    )
  }
  add(
    `| benchmark process RSS peak, intake clients / high-water mark, whole run | ` +
      `${formatMb(intakeOwnRss)} / ${formatMb(ownHighWaterMark)} |`,
  )
  add()
  if (intake.errorSamples.length > 0) {
    add(`Intake errors (first ${intake.errorSamples.length}): ${intake.errorSamples.join(' · ')}`)
    add()
  }

  const startCase = largest.cases[0]
  const baseCase = smallest.cases[0]
  const targetRows100k = [
    [
      `start page ≤ 2× SQL floor at ${largest.size.toLocaleString('en-US')}`,
      formatRatio(startCase.dashboard.p50 / startCase.raw.p50),
      startCase.dashboard.p50 <= 2 * startCase.raw.p50,
    ],
    [
      `start page at ${largest.size.toLocaleString('en-US')} ≤ 1.3× its ${smallest.size.toLocaleString('en-US')} time`,
      formatRatio(startCase.dashboard.p50 / baseCase.dashboard.p50),
      startCase.dashboard.p50 <= 1.3 * baseCase.dashboard.p50,
    ],
    [
      'order intake ≥ 300/s' + (dialect === 'sqlite' ? '' : ' (target set for SQLite)'),
      `${intakeRate.toFixed(0)}/s`,
      intakeRate >= 300,
    ],
    [
      'orders lost or doubled = 0',
      String(intake.lost + intake.doubled),
      intake.lost + intake.doubled === 0,
    ],
    [
      '1,000 SMS sent ≥ 100/s',
      `${sendRate.toFixed(0)}/s`,
      sendRate >= 100 && send.sent === send.due,
    ],
    [
      `server RSS ≤ ${rssLimitMb} MB: the server process's high-water mark over the whole run`,
      formatMb(serverHighWaterMark),
      serverHighWaterMark <= rssLimitMb * 1024 * 1024,
    ],
  ] as const
  add('| target | figure | verdict |')
  add('| --- | ---: | --- |')
  for (const [target, figure, isMet] of targetRows100k) {
    add(`| ${target} | ${figure} | ${verdict(isMet)} |`)
  }

  const table = `${lines.join('\n')}\n`
  process.stdout.write(table)
  if (process.env.BENCH_OUTPUT) {
    writeFileSync(process.env.BENCH_OUTPUT, table)
  }

  // Correctness, never speed, decides the exit code: the CI smoke fails on a lost or doubled
  // order, a failed report or an SMS that did not reach the fake.
  return [
    intake.lost + intake.doubled > 0 ? `${intake.lost} lost, ${intake.doubled} doubled orders` : '',
    intake.errors > 0 ? `${intake.errors} order reports failed` : '',
    send.sent + send.retrying !== send.due || send.twilioMessages !== send.sent
      ? `${send.due} SMS due, ${send.sent} logged as sent, ${send.twilioMessages} at the fake`
      : '',
  ].filter(Boolean)
}

let exitCode = 1
try {
  const problems = await run()
  for (const problem of problems) {
    log(`FAILED: ${problem}`)
  }
  exitCode = problems.length > 0 ? 1 : 0
} catch (error) {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
} finally {
  await runningServer?.stop()
  await runningTwilio?.stop()
  await runningPayload?.destroy()
  rmSync(tempDir, { force: true, recursive: true })
}
process.exit(exitCode)
