import http from 'node:http'

/**
 * The benchmark's server, in a child process of its own so that its RSS is measured apart
 * from the seeding and the load clients; bench/run.ts starts it through bench/serverProcess.ts.
 * It boots Payload on the benchmark's database from the inherited environment
 * (`DATABASE_URI`, the Twilio fake, `JOBS_AUTORUN=false`), serves Payload's real REST and
 * GraphQL handlers (with `/api/startsida`) through `startApiServer` on 127.0.0.1, and mounts
 * routes under `/bench/` for the phases that run inside a server: SMS planning by the
 * product's hook, the jobs queue, garbage collection and CPU time. Those routes exist only
 * here, never in the product.
 */
import type { ExtraRoute } from '../tests/harness/startApiServer'
import type { ParentMessage, ServerMessage } from './serverProcess'

if (!process.send) {
  throw new Error('bench/serverMain.ts runs as the child of bench/run.ts (npm run bench)')
}

// As in bench/run.ts: this process sends the SMS to the plain-HTTP fake, and Node's global
// keep-alive agent races the fake's own 5-s keep-alive close when the event loop is busy.
http.globalAgent = new http.Agent({ keepAlive: false })

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { startApiServer } = await import('../tests/harness/startApiServer')
const { smsQueue } = await import('../src/jobs/constants')
const { planSmsByHook } = await import('./sms')

const payload = await getPayload({ config })
// Per-message log lines would drown the table; retries and failures are counted instead.
;(payload.logger as unknown as { level: string }).level = 'error'

const collectGarbage = (globalThis as { gc?: () => void }).gc

const benchRoute = (
  method: 'GET' | 'POST',
  path: string,
  handle: (body: Record<string, unknown>) => Promise<unknown>,
): ExtraRoute => ({
  handler: async (request) => {
    try {
      const body = method === 'POST' ? ((await request.json()) as Record<string, unknown>) : {}
      return Response.json(await handle(body))
    } catch (error) {
      payload.logger.error({ err: error, msg: `Bench route ${path} failed` })
      return Response.json(
        { message: error instanceof Error ? error.message : String(error) },
        { status: 500 },
      )
    }
  },
  method,
  pattern: new RegExp(`^${path}$`),
})

const server = await startApiServer({
  extraRoutes: [
    benchRoute('POST', '/bench/gc', async () => {
      collectGarbage?.()
      return { hasCollected: Boolean(collectGarbage) }
    }),
    benchRoute('GET', '/bench/cpu', async () => {
      const used = process.cpuUsage()
      return { cpuSeconds: (used.user + used.system) / 1e6 }
    }),
    benchRoute('POST', '/bench/sms/plan', async (body) =>
      planSmsByHook({ orderIDs: body.orderIDs as number[], payload }),
    ),
    benchRoute('POST', '/bench/jobs/run', async (body) => {
      const result = await payload.jobs.run({
        limit: Number(body.limit),
        queue: smsQueue,
        sequential: body.sequential === true,
        silent: true,
      })
      return { noJobsRemaining: Boolean(result.noJobsRemaining) }
    }),
  ],
})

let isStopping = false
const stop = async () => {
  if (isStopping) {
    return
  }
  isStopping = true
  await server.stop()
  await payload.destroy()
  process.exit(0)
}
const stopOrFail = () => {
  stop().catch((error: unknown) => {
    payload.logger.error({ err: error, msg: 'The bench server child did not stop cleanly' })
    process.exit(1)
  })
}
process.on('message', (message: ParentMessage) => {
  if (message.type === 'stop') {
    stopOrFail()
  }
})
// The parent is gone (it failed or was killed): no orphan server stays behind.
process.on('disconnect', stopOrFail)

process.send({ type: 'ready', url: server.url } satisfies ServerMessage)
