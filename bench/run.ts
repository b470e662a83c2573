/**
 * `npm run bench`: the start page, order intake and SMS at municipal scale, on a fresh
 * database of its own (a SQLite file in a temp folder, or a new database on the PostgreSQL
 * server of `DATABASE_URI`). Prints a Markdown table; figures are ratios against baselines
 * measured in the same run. Sizes and counts: BENCH_SIZES, BENCH_REQUESTS,
 * BENCH_INTAKE_SECONDS, BENCH_SMS_PLAN, BENCH_SMS_SEND (see bench/README.md).
 */
import type { Payload, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import type { IntakeResult } from './intake'
import type { CaseResult } from './startPage'

import { getDatabaseKind } from '../src/db/selectDatabaseAdapter'
import { startFakeTwilio } from '../tests/support/fakeTwilio'
import { createDatabase } from '../tests/support/postgresCluster'
import { runIntake } from './intake'
import { formatMb, formatMs, formatRatio, startRssSampler } from './measure'
import { analyze, runSql } from './rawQueries'
import { nextDatumOn, seedSlutkunderBulk, seedWorld } from './seed'
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
if (dialect === 'postgres') {
  process.env.DATABASE_URI = await createDatabase({
    name: `bench_${randomBytes(6).toString('hex')}`,
    uri: process.env.DATABASE_URI as string,
  })
} else {
  process.env.DATABASE_URI = `file:${path.join(tempDir, 'bench.db')}`
}
// The fake speaks plain HTTP through Node's global agent, whose idle keep-alive sockets race
// the fake's own 5-s keep-alive close when the event loop is busy (ECONNRESET, then a 30-s
// back-off). Production talks HTTPS through Twilio's own agent, so the benchmark opens a
// connection a message instead.
http.globalAgent = new http.Agent({ keepAlive: false })
const twilio = await startFakeTwilio()
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

const loadAtStart = loadavg()[0]
const collectGarbage = (globalThis as { gc?: () => void }).gc
/** A phase's RSS peak should show what it needs, not garbage the previous phase left. */
const startPhase = () => {
  collectGarbage?.()
  rss.startPhase()
}
const rss = startRssSampler()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { loginOverHttp, startApiServer } = await import('../tests/harness/startApiServer')

const payload: Payload = await getPayload({ config })
// Per-message log lines would drown the table; retries and failures are counted instead.
;(payload.logger as unknown as { level: string }).level = 'error'
if (process.env.BENCH_SQLITE_WAL === 'true' && dialect === 'sqlite') {
  // An experiment, not the product's setting: WAL persists in the file for every connection.
  await runSql(payload, sql`PRAGMA journal_mode = WAL`)
}

log(`database: ${dialect}; sizes ${sizes.join(', ')}; ${requestCount} requests a measurement`)
const world = await seedWorld({ enheterPerKonto: 5, kontoCount: 4, payload })
const server = await startApiServer()
const token = await loginOverHttp({
  email: world.bestallare.email,
  password: 'Bench-Lösen-2026',
  url: server.url,
})
const user = { ...world.bestallare, collection: 'bestallare' } as TypedUser
const scope = {
  enhetIDs: world.userEnheter.map(({ id }) => id),
  kontoID: world.konton[0].id,
}

// --- Start page and search at each size ------------------------------------------------
type SizeResult = {
  cases: CaseResult[]
  rssPeak: number
  seedRssPeak: number
  seedSeconds: number
  size: number
}
const sizeResults: SizeResult[] = []
let seeded = 0
for (const size of sizes) {
  startPhase()
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
  await analyze(payload)
  const seedSeconds = (performance.now() - seedStart) / 1000
  seeded = size
  const seedRssPeak = rss.phasePeak()
  startPhase()
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
  sizeResults.push({ cases, rssPeak: rss.phasePeak(), seedRssPeak, seedSeconds, size })
}

// --- Order intake over REST ------------------------------------------------------------
startPhase()
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
log(`intake: ${intakeClients} clients for ${intakeSeconds} s`)
/** CPU seconds this process spent in `task`: a figure the machine's other load barely moves. */
const cpuSecondsOf = async <T>(task: () => Promise<T>): Promise<[T, number]> => {
  const before = process.cpuUsage()
  const result = await task()
  const used = process.cpuUsage(before)
  return [result, (used.user + used.system) / 1e6]
}
const [intake, intakeCpu]: [IntakeResult, number] = await cpuSecondsOf(() =>
  runIntake({
    apiKey: world.apiKey,
    apiUrl: server.url,
    clients: intakeClients,
    payload,
    seconds: intakeSeconds,
    targets,
  }),
)
const intakeRss = rss.phasePeak()

// --- SMS planning and sending ----------------------------------------------------------
startPhase()
log(`planning the day-before SMS of ${smsPlanCount} orders`)
const [plan, planCpu] = await cpuSecondsOf(() => planSmsForOrders({ count: smsPlanCount, payload }))
const planRss = rss.phasePeak()
startPhase()
log(`sending ${smsSendCount} due SMS to the local Twilio fake`)
const [send, sendCpu] = await cpuSecondsOf(() =>
  sendDueSms({ count: smsSendCount, limit: smsRunnerLimit, payload, twilio }),
)
const sendRss = rss.phasePeak()

await server.stop()
await twilio.stop()
const totalPeak = rss.totalPeak()
rss.stop()

// --- The table -------------------------------------------------------------------------
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
    `${pageSize} rows a page, server in the benchmark process; ` +
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
  `| CPU of the benchmark process${dialect === 'postgres' ? ' (PostgreSQL server not included)' : ''} | ` +
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
    `| RSS peak at ${result.size.toLocaleString('en-US')}: bulk seeding / start-page requests | ${formatMb(result.seedRssPeak)} (${result.seedSeconds.toFixed(1)} s) / ${formatMb(result.rssPeak)} |`,
  )
}
add(`| server RSS peak, intake | ${formatMb(intakeRss)} |`)
add(`| server RSS peak, SMS planning / sending | ${formatMb(planRss)} / ${formatMb(sendRss)} |`)
add(`| process RSS high-water mark, whole run | ${formatMb(totalPeak)} |`)
add()
if (intake.errorSamples.length > 0) {
  add(`Intake errors (first ${intake.errorSamples.length}): ${intake.errorSamples.join(' · ')}`)
  add()
}

const serverPeak = Math.max(
  ...sizeResults.map((result) => result.rssPeak),
  intakeRss,
  planRss,
  sendRss,
)
const startCase = largest.cases[0]
const baseCase = smallest.cases[0]
const targets100k = [
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
  ['1,000 SMS sent ≥ 100/s', `${sendRate.toFixed(0)}/s`, sendRate >= 100 && send.sent === send.due],
  [
    `RSS ≤ ${rssLimitMb} MB: process peak in the serving phases (server, load clients and earlier garbage: an upper bound; seeding not counted)`,
    formatMb(serverPeak),
    serverPeak <= rssLimitMb * 1024 * 1024,
  ],
] as const
add('| target | figure | verdict |')
add('| --- | ---: | --- |')
for (const [target, figure, isMet] of targets100k) {
  add(`| ${target} | ${figure} | ${verdict(isMet)} |`)
}

const table = `${lines.join('\n')}\n`
process.stdout.write(table)
if (process.env.BENCH_OUTPUT) {
  writeFileSync(process.env.BENCH_OUTPUT, table)
}

// Correctness, never speed, decides the exit code: the CI smoke fails on a lost or doubled
// order, a failed report or an SMS that did not reach the fake.
const problems = [
  intake.lost + intake.doubled > 0 ? `${intake.lost} lost, ${intake.doubled} doubled orders` : '',
  intake.errors > 0 ? `${intake.errors} order reports failed` : '',
  send.sent + send.retrying !== send.due || send.twilioMessages !== send.sent
    ? `${send.due} SMS due, ${send.sent} logged as sent, ${send.twilioMessages} at the fake`
    : '',
].filter(Boolean)
for (const problem of problems) {
  log(`FAILED: ${problem}`)
}

await payload.destroy()
rmSync(tempDir, { force: true, recursive: true })
process.exit(problems.length > 0 ? 1 : 0)
