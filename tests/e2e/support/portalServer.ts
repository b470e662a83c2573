import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Shared by every e2e server so that sessions and hand-offs are signed the same way. */
export const e2eSecret = 'ombudshandel-e2e-secret-not-for-production'

export type PortalServer = {
  logs: () => string
  stop: () => Promise<void>
  url: string
}

const findFreePort = async (): Promise<number> => {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  server.close()
  await once(server, 'close')
  return port
}

// Provider credentials and a real shop URL from the caller's shell must never reach the e2e
// server: messages go to the log only, Handla goes to the stand-in shop, nothing leaves
// 127.0.0.1.
const providerVariables = /^(RESEND_|TWILIO_|SMTP_|MONGODB_|POSTGRES_|PG|SHOP_URL$)/

const serverEnv = ({
  databaseFile,
  extraEnv,
  port,
}: {
  databaseFile: string
  extraEnv: Record<string, string>
  port: number
}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${databaseFile}`,
    // The stand-in shop at /demo-butik plays the web shop in the Handla journey.
    DEMO_BUTIK: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: e2eSecret,
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    ...extraEnv,
  }
  for (const key of Object.keys(env)) {
    if (providerVariables.test(key)) {
      delete env[key]
    }
  }
  return env
}

const waitUntilReady = async ({
  child,
  logs,
  timeoutMs,
  url,
}: {
  child: ChildProcess
  logs: () => string
  timeoutMs: number
  url: string
}) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`)
    }
    try {
      // The first API call waits for Payload's init: migrations, then the demo seed.
      const response = await fetch(`${url}/api/bestallare/me`)
      if (response.ok) {
        return
      }
      if (response.status >= 500) {
        // Usually the committed migrations lag behind the schema: a production start never
        // pushes it, so a missing table fails Payload's init (see the log).
        throw new Error(`Payload failed to start (HTTP ${response.status}):\n${logs()}`)
      }
    } catch (error) {
      if (!(error instanceof TypeError)) {
        throw error
      }
      // fetch throws a TypeError while nothing listens yet; retry until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${logs()}`)
}

/** Starts the built portal (`next start`) on 127.0.0.1 against the given SQLite file. */
export const startPortalServer = async ({
  databaseFile,
  extraEnv = {},
  timeoutMs = 90_000,
}: {
  databaseFile: string
  extraEnv?: Record<string, string>
  timeoutMs?: number
}): Promise<PortalServer> => {
  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      cwd: repoRoot,
      env: serverEnv({ databaseFile, extraEnv, port }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const chunks: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
  const logs = () => chunks.join('')

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return
    }
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  try {
    await waitUntilReady({ child, logs, timeoutMs, url })
  } catch (error) {
    await stop()
    throw error
  }
  return { logs, stop, url }
}
