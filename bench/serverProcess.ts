import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SmsServer } from './sms'

/** From the server child to bench/run.ts. */
export type ServerMessage = { type: 'ready'; url: string }

/** From bench/run.ts to the server child. */
export type ParentMessage = { type: 'stop' }

export type ServerProcess = {
  /** Runs V8's garbage collector in the child, so a phase's peak shows what it needs. */
  collectGarbage: () => Promise<void>
  /** User + system CPU seconds the child has used since it started. */
  cpuSeconds: () => Promise<number>
  pid: number
  /** Asks the child to stop its server and Payload; kills it if it has not exited in 15 s. */
  stop: () => Promise<void>
  url: string
} & SmsServer

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serverMain.ts')

/**
 * Starts bench/serverMain.ts in a child process with this process's loader (tsx) and
 * environment, and resolves once it serves on 127.0.0.1. Its stdout goes to this process's
 * stderr, so nothing it logs lands in the printed table.
 */
export const startServerProcess = async ({
  log,
  readyTimeoutMs = 180_000,
}: {
  log: (line: string) => void
  readyTimeoutMs?: number
}): Promise<ServerProcess> => {
  const execArgv = [...process.execArgv]
  for (const flag of ['--conditions=development', '--expose-gc']) {
    if (!execArgv.includes(flag)) {
      execArgv.push(flag)
    }
  }
  const child = fork(entry, [], { env: process.env, execArgv, stdio: ['ignore', 2, 2, 'ipc'] })
  let hasAskedToStop = false
  child.on('exit', (code, signal) => {
    if (!hasAskedToStop) {
      log(`the server child exited unexpectedly (${signal ?? `code ${code}`})`)
    }
  })
  // Whatever way this process ends, the child ends with it.
  const killChild = () => {
    child.kill()
  }
  process.once('exit', killChild)

  const url = await new Promise<string>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      child.off('error', fail)
    }
    const fail = (error: Error) => {
      settle()
      child.kill('SIGKILL')
      reject(error)
    }
    const onMessage = (message: ServerMessage) => {
      settle()
      resolve(message.url)
    }
    const onExit = (code: null | number, signal: NodeJS.Signals | null) =>
      fail(new Error(`The server child exited (${signal ?? `code ${code}`}) before it was ready`))
    const timer = setTimeout(
      () => fail(new Error(`The server child was not ready in ${readyTimeoutMs / 1000} s`)),
      readyTimeoutMs,
    )
    child.on('message', onMessage)
    child.on('exit', onExit)
    child.on('error', fail)
  })

  const call = async <T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${route}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
      method,
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`)
    }
    return JSON.parse(text) as T
  }

  return {
    collectGarbage: async () => {
      await call('POST', '/bench/gc', {})
    },
    cpuSeconds: async () => (await call<{ cpuSeconds: number }>('GET', '/bench/cpu')).cpuSeconds,
    pid: child.pid as number,
    planSms: (orderIDs) => call('POST', '/bench/sms/plan', { orderIDs }),
    runJobs: (args) => call('POST', '/bench/jobs/run', args),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return
      }
      const hasExited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      if (child.connected) {
        hasAskedToStop = true
        child.send({ type: 'stop' } satisfies ParentMessage)
      }
      await hasExited
      clearTimeout(timer)
      process.off('exit', killChild)
    },
    url,
  }
}
