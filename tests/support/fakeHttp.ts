import type { IncomingMessage, Server, ServerResponse } from 'node:http'

import { createServer } from 'node:http'

export type FakeFailure = {
  code?: number
  message?: string
  name?: string
  status: number
  times?: number
}

export type FailureQueue = {
  clear: () => void
  push: (failure: FakeFailure) => void
  take: () => FakeFailure | undefined
}

export const createFailureQueue = (): FailureQueue => {
  const queue: { failure: FakeFailure; remaining: number }[] = []

  return {
    clear: () => {
      queue.length = 0
    },
    push: (failure) => {
      const times = failure.times ?? 1
      if (!Number.isInteger(times) || times < 1) {
        throw new Error(`failNext times must be a positive integer, got ${failure.times}`)
      }
      if (!Number.isInteger(failure.status) || failure.status < 400 || failure.status > 599) {
        throw new Error(`failNext status must be 400–599, got ${failure.status}`)
      }
      queue.push({ failure, remaining: times })
    },
    take: () => {
      const head = queue[0]
      if (!head) {
        return undefined
      }
      head.remaining -= 1
      if (head.remaining === 0) {
        queue.shift()
      }
      return head.failure
    },
  }
}

export const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  }
  return Buffer.concat(chunks).toString('utf8')
}

export const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Length': Buffer.byteLength(text),
    'Content-Type': 'application/json; charset=utf-8',
  })
  response.end(text)
}

export const flattenHeaders = (request: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers[key] = Array.isArray(value) ? value.join(', ') : value
    }
  }
  return headers
}

export type FakeHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>

export const listenOnLoopback = (
  handler: FakeHandler,
): Promise<{ close: () => Promise<void>; url: string }> =>
  new Promise((resolve, reject) => {
    // A bug in a fake must show up as a failing request, not as an unhandled rejection.
    const server: Server = createServer((request, response) => {
      handler(request, response).catch((error: unknown) => {
        if (!response.headersSent) {
          sendJson(response, 500, { message: `Fake server error: ${String(error)}` })
          return
        }
        response.destroy(error instanceof Error ? error : new Error(String(error)))
      })
    })
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (address === null || typeof address === 'string') {
        reject(new Error('Could not read the port of the fake server'))
        return
      }

      let isClosed = false
      const close = (): Promise<void> =>
        new Promise((done, fail) => {
          if (isClosed) {
            done()
            return
          }
          isClosed = true
          server.close((error) => (error ? fail(error) : done()))
          server.closeAllConnections()
        })

      resolve({ close, url: `http://127.0.0.1:${address.port}` })
    })
  })
